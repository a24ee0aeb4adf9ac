/**
 * Words and phrases that suggest a person may be in immediate danger. They are
 * matched as whole words, after folding case and accents, so "Je veux mourir"
 * and "je veux mourir" both match, and "diet" never matches "die".
 *
 * Each entry is a phrase; a catalogue's `crisis.terms` adds more. Keep the list
 * to words that rarely appear in an ordinary search for services: a false alarm
 * on "caregiver" or "sleep" would teach people to ignore the alert.
 */
export const CRISIS_TERMS: readonly string[] = [
  // English
  'suicide',
  'suicidal',
  'sucide',
  'suicde',
  'suiside',
  'kill myself',
  'killing myself',
  'want to die',
  'wanna die',
  'want to be dead',
  'wish i was dead',
  'better off dead',
  'end my life',
  'ending my life',
  'end it all',
  'take my life',
  'take my own life',
  'no reason to live',
  'overdose',
  'overdosing',
  'self harm',
  'selfharm',
  'self harming',
  'hurt myself',
  'hurting myself',
  'harm myself',
  'cut myself',
  'cutting myself',
  // French
  'suicidaire',
  'me suicider',
  'je veux mourir',
  'envie de mourir',
  'veux mourir',
  'me tuer',
  'me donner la mort',
  'mettre fin a mes jours',
  'mettre fin a ma vie',
  'en finir',
  'surdose',
  'me faire du mal',
  'automutilation',
  'me mutiler',
  'me blesser',
];
