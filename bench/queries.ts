/**
 * What people type into a support finder: typos, French without accents, lay
 * words, short prefixes and several words. `expect` lists words (folded) of
 * which one should appear in the name or tags of a top result: what the person
 * was looking for, whichever entry holds it.
 */
export interface BenchQuery {
  query: string;
  expect: string[];
}

export const QUERIES: BenchQuery[] = [
  { query: 'peer suport', expect: ['peer support', 'soutien par les pairs', 'peer'] },
  { query: 'councelling', expect: ['counselling', 'counseling'] },
  { query: 'therapie', expect: ['therapie', 'therapy', 'psychotherapie'] },
  { query: 'proches aidants', expect: ['proches aidants', 'aidant'] },
  { query: 'soutien par les pairs', expect: ['soutien par les pairs', 'pairs'] },
  { query: 'anxiety', expect: ['anxiety', 'anxiete'] },
  { query: 'anxiete', expect: ['anxiete', 'anxiety'] },
  { query: 'anxeity', expect: ['anxiety', 'anxiete'] },
  { query: 'depresion', expect: ['depression'] },
  { query: 'grief', expect: ['grief', 'deuil', 'bereavement'] },
  { query: 'deuil', expect: ['deuil', 'grief'] },
  { query: 'bereavment', expect: ['bereavement'] },
  { query: 'caregiver', expect: ['caregiver', 'proches aidants'] },
  { query: 'cargiver', expect: ['caregiver'] },
  { query: 'family support', expect: ['family', 'famille'] },
  { query: 'familly', expect: ['family'] },
  { query: 'parents', expect: ['parent'] },
  { query: 'youth', expect: ['youth', 'jeunes'] },
  { query: 'addiction', expect: ['addiction', 'dependance'] },
  { query: 'dependance', expect: ['dependance', 'addiction'] },
  { query: 'gambling', expect: ['gambling', 'jeu'] },
  { query: 'eating disorder', expect: ['eating disorder'] },
  { query: 'psycotherapy', expect: ['psychotherapy'] },
  { query: 'walk in clinic', expect: ['walk-in', 'drop-in', 'sans rendez-vous'] },
  { query: 'warm line', expect: ['warm line', "ligne d'ecoute"] },
  { query: "ligne d'ecoute", expect: ["ligne d'ecoute", 'listening line'] },
  { query: 'someone to talk to', expect: ['someone to talk to', 'talk'] },
  { query: 'lonely', expect: ['lonel', 'isolement'] },
  { query: 'schizofrenia', expect: ['schizophren'] },
  { query: 'bipolar', expect: ['bipolar', 'bipolaire'] },
  { query: 'trauma', expect: ['trauma'] },
  { query: 'veterans', expect: ['veteran', 'anciens combattants'] },
  { query: 'anciens combattants', expect: ['anciens combattants', 'veteran'] },
  { query: 'students', expect: ['student', 'etudiant'] },
  { query: 'autochtones', expect: ['autochtone', 'indigenous', 'first nations'] },
  { query: 'helpline', expect: ['helpline', 'help line', "ligne d'aide"] },
  { query: 'suicide bereavement', expect: ['suicide bereavement', 'bereavement'] },
  { query: 'fam', expect: ['family', 'famil'] },
  { query: 'cou', expect: ['counsel', 'cours', 'course'] },
  { query: 'psychose', expect: ['psychos'] },
  { query: 'recovery college', expect: ['recovery college', 'recovery'] },
  { query: 'respite', expect: ['respite', 'repit'] },
];
