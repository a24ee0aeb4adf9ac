/**
 * Word lists for the benchmark's generated catalogues: Canadian places and the
 * service names, topics and lay words a real directory holds, in English and French,
 * so fuzzy matching meets the same letters and word lengths as in production.
 */
export const PLACES = [
  'Toronto', 'Montréal', 'Québec', 'Ottawa', 'Gatineau', 'Laval', 'Sherbrooke', 'Trois-Rivières',
  'Saguenay', 'Moncton', 'Halifax', 'Sudbury', 'Thunder Bay', 'Winnipeg', 'Regina', 'Saskatoon',
  'Calgary', 'Edmonton', 'Vancouver', 'Victoria', 'Kelowna', 'Kamloops', 'Hamilton', 'London',
  'Windsor', 'Kingston', 'Barrie', 'Oshawa', 'Mississauga', 'Brampton', 'Markham', 'Longueuil',
  'Lévis', 'Rimouski', 'Charlottetown', "St. John's", 'Fredericton', 'Saint John', 'Whitehorse',
  'Yellowknife', 'Iqaluit', 'Timmins', 'North Bay', 'Sault Ste. Marie', 'Peterborough', 'Guelph',
  'Kitchener', 'Waterloo', 'Nanaimo', 'Prince George', 'Red Deer', 'Lethbridge', 'Brandon',
  'Rouyn-Noranda', "Val-d'Or", 'Drummondville', 'Granby', 'Saint-Jérôme', 'Joliette', 'Cornwall',
  'Belleville', 'Chicoutimi', 'Baie-Comeau', 'Sept-Îles', 'Gaspé', 'Bathurst', 'Edmundston',
  'Sydney', 'Truro', 'Medicine Hat', 'Grande Prairie', 'Fort McMurray', 'Prince Albert',
  'Moose Jaw', 'Thompson', 'Kenora', 'Owen Sound', 'Orillia', 'Niagara Falls', 'St. Catharines',
];


type Pair = [en: string, fr: string];

/** Kinds of service, by category: name patterns in both languages. */
export const SERVICES: Record<'peer' | 'family' | 'clinical', Pair[]> = {
  peer: [
    ['Peer Support Group', "Groupe de soutien par les pairs"],
    ['Peer Warm Line', "Ligne d'écoute entre pairs"],
    ['Self-Help Group', "Groupe d'entraide"],
    ['Recovery College', 'Collège de rétablissement'],
    ['Hearing Voices Group', "Groupe d'entendeurs de voix"],
    ['Clubhouse', 'Club psychosocial'],
    ['Drop-in Centre', 'Centre de jour sans rendez-vous'],
    ['Wellness Recovery Circle', 'Cercle de mieux-être et de rétablissement'],
    ['Peer Mentoring Program', 'Programme de mentorat par les pairs'],
    ['Anxiety Support Group', "Groupe d'entraide en anxiété"],
    ['Depression Support Group', "Groupe d'entraide en dépression"],
    ['Youth Peer Network', 'Réseau jeunesse entre pairs'],
  ],
  family: [
    ['Family Support Program', 'Programme de soutien aux familles'],
    ['Caregiver Support Circle', 'Cercle de soutien aux proches aidants'],
    ['Parent Support Line', "Ligne d'aide aux parents"],
    ['Family Peer Support', 'Soutien entre pairs pour les familles'],
    ['Respite for Caregivers', 'Répit pour proches aidants'],
    ['Family Education Course', 'Cours pour les familles'],
    ['Bereavement Circle', 'Cercle de deuil'],
    ['Suicide Bereavement Group', 'Groupe de deuil après un suicide'],
    ['Family Navigation Service', "Service d'orientation pour les familles"],
    ['Association of Families and Friends', 'Association des parents et amis'],
  ],
  clinical: [
    ['Walk-in Counselling Clinic', 'Clinique de counseling sans rendez-vous'],
    ['Mental Health Clinic', 'Clinique de santé mentale'],
    ['Addiction Services', 'Services en dépendance'],
    ['Psychotherapy Program', 'Programme de psychothérapie'],
    ['Youth Wellness Hub', 'Carrefour bien-être jeunesse'],
    ['Community Health Centre', 'Centre de santé communautaire'],
    ['Crisis Response Team', "Équipe d'intervention de crise"],
    ['Psychiatric Outpatient Services', 'Services psychiatriques externes'],
    ['Eating Disorders Program', 'Programme des troubles alimentaires'],
    ['Trauma Therapy Service', 'Service de thérapie du trauma'],
    ['Early Psychosis Intervention', 'Intervention précoce en psychose'],
    ['Case Management', 'Suivi intensif dans la communauté'],
    ['Gambling Treatment Program', 'Traitement du jeu excessif'],
    ['Postpartum Mental Health', 'Santé mentale périnatale'],
  ],
};

export const ORGANIZATIONS: Pair[] = [
  ['CMHA {p}', 'ACSM {p}'],
  ['{p} Community Health Centre', 'Centre de santé communautaire de {p}'],
  ['{p} Family Services', 'Services à la famille de {p}'],
  ['{p} Youth Services', 'Services jeunesse de {p}'],
  ['Health and Social Services of {p}', 'Centre intégré de santé et de services sociaux de {p}'],
  ['{p} Friendship Centre', "Centre d'amitié autochtone de {p}"],
  ['{p} Counselling Cooperative', 'Coopérative de counseling de {p}'],
];

/** Topics a service covers, with the lay words people type for them. */
export const TOPICS: Pair[] = [
  ['anxiety', 'anxiété'],
  ['depression', 'dépression'],
  ['grief', 'deuil'],
  ['loneliness', 'isolement'],
  ['substance use', 'consommation'],
  ['addiction', 'dépendance'],
  ['gambling', 'jeu excessif'],
  ['psychosis', 'psychose'],
  ['bipolar disorder', 'trouble bipolaire'],
  ['schizophrenia', 'schizophrénie'],
  ['eating disorders', 'troubles alimentaires'],
  ['stress', 'stress'],
  ['burnout', 'épuisement professionnel'],
  ['trauma', 'traumatisme'],
  ['postpartum depression', 'dépression post-partum'],
  ['suicide bereavement', 'deuil par suicide'],
  ['caregiving', 'proches aidants'],
  ['obsessive-compulsive disorder', 'trouble obsessionnel-compulsif'],
  ['panic attacks', 'crises de panique'],
  ['someone to talk to', "quelqu'un à qui parler"],
  ['counselling', 'counseling'],
  ['therapy', 'thérapie'],
  ['housing', 'logement'],
  ['employment', 'emploi'],
];

export const AUDIENCES: Pair[] = [
  ['adults', 'adultes'],
  ['youth', 'jeunes'],
  ['families', 'familles'],
  ['older adults', 'aînés'],
  ['newcomers', 'nouveaux arrivants'],
  ['2SLGBTQIA+ people', 'personnes 2ELGBTQIA+'],
  ['Indigenous peoples', 'peuples autochtones'],
  ['veterans', 'vétérans'],
  ['students', 'étudiants'],
  ['parents', 'parents'],
];

export const MODES: Pair[] = [
  ['in person', 'en personne'],
  ['by phone', 'par téléphone'],
  ['online', 'en ligne'],
  ['by text', 'par texto'],
];

/** Sentence patterns; {t} topic, {a} audience, {m} mode, {p} place. */
export const SENTENCES: Pair[] = [
  ['Free support for {a} living with {t}, offered {m}.', 'Soutien gratuit pour les {a} aux prises avec {t}, offert {m}.'],
  ['Our team helps {a} in {p} with {t} and {t2}.', 'Notre équipe aide les {a} de {p} en matière de {t} et de {t2}.'],
  ['Weekly groups led by people with lived experience of {t}.', "Groupes hebdomadaires animés par des personnes ayant un savoir expérientiel de {t}."],
  ['Short-term counselling {m}; no referral needed.', 'Counseling de courte durée {m} ; aucune recommandation requise.'],
  ['Information, referral and follow-up for {a} and their loved ones.', 'Information, orientation et suivi pour les {a} et leurs proches.'],
  ['Call to speak with a trained worker about {t}.', 'Appelez pour parler à un intervenant formé au sujet de {t}.'],
  ['Workshops on {t}, coping skills and recovery for {a}.', "Ateliers sur {t}, les stratégies d'adaptation et le rétablissement pour les {a}."],
  ['A safe place to meet others, share and feel less alone.', "Un lieu sûr pour rencontrer d'autres personnes, échanger et se sentir moins seul."],
];
