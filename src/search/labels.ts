/**
 * What the filters say is searchable: a person who types "youth", "jeunes",
 * "ados", "free" or "en ligne" means the entries the filter of that name
 * lists, whether or not their text repeats the word. Each entry is indexed
 * with the words of its audience, delivery, cost, referral, category and area,
 * in English and French and as people say them, as a field of its own that
 * counts least.
 */
import type { Resource } from '../catalogue/schema.js';
import { areaName } from '../catalogue/areas.js';
import { foldAccents } from './fold.js';

/**
 * Option → what people call it, both languages, accents off. Each phrase is
 * a value of the field: one typed whole ("soutien par les pairs", "en ligne")
 * counts as a tag typed whole does.
 */
const WORDS: Record<string, string> = {
  adults: 'adults,adultes',
  youth: 'youth,teens,young people,jeunes,ados,adolescents',
  children: 'children,kids,enfants',
  'older-adults': 'older adults,seniors,aines,personnes agees',
  families: 'families,family,parents,proches,familles',
  indigenous: 'indigenous,first nations,metis,inuit,autochtones,premieres nations',
  '2slgbtqia': '2slgbtqia,2slgbtq,lgbtq,lgbtqia,lgbt,2elgbtqia,queer,trans,gay,lesbian,bisexual,two spirit,bispirituel',
  francophone: 'francophones,french,francais',
  newcomers: 'newcomers,immigrants,refugees,nouveaux arrivants,nouvellement arrivees',
  veterans: 'veterans,military,anciens combattants,militaires',
  students: 'students,etudiants,etudiantes',
  'in-person': 'in person,en personne',
  phone: 'phone,telephone,call,appel',
  virtual: 'online,virtual,en ligne,video',
  text: 'text,texto,sms',
  free: 'free,gratuit',
  'low-cost': 'low cost,cout modique',
  self: 'self referral,no referral needed,sans recommandation',
  peer: 'peer support,soutien par les pairs',
  family: 'family and caregivers,familles et proches aidants',
  clinical: 'clinical services,services cliniques',
};

/** An area written in one language also answers to the other's name. */
const AREAS = [
  'british columbia|colombie britannique',
  'nova scotia|nouvelle ecosse',
  'new brunswick|nouveau brunswick',
  'prince edward island|ile du prince edouard',
  'newfoundland|terre neuve',
  'northwest territories|territoires du nord ouest',
];

/** The names of `r`'s filter options and area: the values of its "labels" field. */
export function labelTexts(r: Resource): string[] {
  const options = [r.category, ...(r.audiences ?? []), ...(r.delivery ?? []), r.cost, r.referral];
  const texts = options.flatMap((o) => (o && WORDS[o]?.split(',')) || []);
  // A province or territory served answers to its name in either language.
  for (const area of r.areas ?? []) if (area !== 'CA') texts.push(areaName(area, 'en'), areaName(area, 'fr'));
  const region = r.region ?? '';
  if (region) {
    texts.push(region);
    // Names are compared without hyphens: "Nouvelle-Écosse" is "nouvelle ecosse".
    const folded = foldAccents(region).replace(/-/g, ' ');
    for (const pair of AREAS) if (pair.split('|').some((name) => folded.includes(name))) texts.push(...pair.split('|'));
  }
  return texts;
}
