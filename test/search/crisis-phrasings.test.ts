// The crisis alert against a set of real phrasings and near misses in both
// languages: the report lists every miss and false alarm, and any one fails.
import { expect } from '@open-wc/testing';
import { isCrisisQuery } from '../../src/search/crisis.js';
import phrasings from '../fixtures/crisis-phrasings.json';

type ByLanguage = Record<'en' | 'fr', string[]>;
const { crisis, nearMisses } = phrasings as { crisis: ByLanguage; nearMisses: ByLanguage };

describe('crisis phrasings people write, and near misses', () => {
  it('holds at least 60 crisis phrasings and 40 near misses, in English and French', () => {
    expect(crisis.en.length + crisis.fr.length).to.be.at.least(60);
    expect(nearMisses.en.length + nearMisses.fr.length).to.be.at.least(40);
    for (const lang of ['en', 'fr'] as const) {
      expect(crisis[lang].length, lang).to.be.at.least(20);
      expect(nearMisses[lang].length, lang).to.be.at.least(15);
    }
  });

  it('raises the alert for every crisis phrasing and for no near miss', () => {
    const lines: string[] = [];
    let misses = 0;
    let falseAlarms = 0;
    for (const lang of ['en', 'fr'] as const) {
      const hits = crisis[lang].filter(isCrisisQuery);
      const missed = crisis[lang].filter((q) => !isCrisisQuery(q));
      const alarms = nearMisses[lang].filter(isCrisisQuery);
      misses += missed.length;
      falseAlarms += alarms.length;
      lines.push(
        `${lang}: ${hits.length}/${crisis[lang].length} crisis phrasings raise the alert; ${alarms.length}/${nearMisses[lang].length} near misses do`,
        ...missed.map((q) => `  missed: ${JSON.stringify(q)}`),
        ...alarms.map((q) => `  false alarm: ${JSON.stringify(q)}`),
      );
    }
    console.log(`Crisis matcher report\n${lines.join('\n')}`);
    expect({ misses, falseAlarms }, lines.join('\n')).to.deep.equal({ misses: 0, falseAlarms: 0 });
  });
});
