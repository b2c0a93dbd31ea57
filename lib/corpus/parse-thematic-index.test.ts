import { describe, expect, it } from 'vitest';
import { parseThematicIndex } from './parse-thematic-index';
import { expandIndexPath } from './resolve-topic-refs';

/** Real rows of the compendium's index: merged cells shift rows left, several sections share one cell. */
const ROWS = [
  'Topic\tParagraphs/ recommendations in compendium (section/paragraph/ subparagraph)\tMeeting report\t\t\t',
  '\t\tDocument symbol\tResolution/ decision\tParagraphs\tRecommendations',
  'Children\tPart A\t\t\t\t',
  '\tI.12.h\tCTOC/COP/WG.4/2009/2\t\t13 (h)\t',
  'XIII.8.a–d and XIII.9.a–e\tCTOC/COP/WG.4/2023/5\t\t\t8 (a)–(d) and 9 (a)–(e)\t',
  'Consumers, clients and users\tPart A I.7.d II.36 , II.38 and II.41\tCTOC/COP/WG.4/2009/2 CTOC/COP/WG.4/2010/6\t\t8 (d) 43, 45 and 48\t',
  '\tPart B V.8.c and V.9\tCTOC/COP/2010/17\tResolution 5/2\t8 (c) and 9\t',
  'THEMATIC INDEX',
  'Children <i>(continued)</i>\tPart B\t\t\t\t',
  '\t<u>I.iii</u>\tCTOC/COP/2004/6\tDecision 1/5\t(b) (iii)\t',
  'V.PP.1-11 ; V.2\tCTOC/COP/2010/17\tResolution 5/2\tPP 1-11; 2\t\t',
];

describe('parseThematicIndex', () => {
  const topics = parseThematicIndex(ROWS);

  it('reads topics, merges continued ones and keeps the part of each reference', () => {
    expect(topics.map((topic) => topic.topic)).toEqual(['Children', 'Consumers, clients and users']);
    const children = topics[0];
    expect(children.entries.map((entry) => `${entry.part} ${entry.raw}`)).toEqual([
      'A I.12.h',
      'A XIII.8.a–d',
      'A XIII.9.a–e',
      'B I.iii',
      'B V.PP.1-11',
      'B V.2',
    ]);
    expect(topics[1].entries.map((entry) => `${entry.part} ${entry.raw}`)).toEqual([
      'A I.7.d',
      'A II.36',
      'A II.38',
      'A II.41',
      'B V.8.c',
      'B V.9',
    ]);
    expect(topics[1].entries[4].texts).toEqual(['Resolution 5/2']);
  });

  it('counts citations of meeting reports as external', () => {
    expect(topics[1].externalRefs).toBe(6);
  });
});

describe('expandIndexPath', () => {
  it('expands ranges at the last level', () => {
    expect(expandIndexPath('8.a–d')).toEqual(['8(a)', '8(b)', '8(c)', '8(d)']);
    expect(expandIndexPath('PP.1-3')).toEqual(['PP1', 'PP2', 'PP3']);
    expect(expandIndexPath('30–32')).toEqual(['30', '31', '32']);
    expect(expandIndexPath('39–V.41')).toEqual(['39', '40', '41']);
    expect(expandIndexPath('n-p')).toEqual(['(n)', '(o)', '(p)']);
    expect(expandIndexPath('m.iv')).toEqual(['(m)(iv)']);
    expect(expandIndexPath('46.j.i-iii')).toEqual(['46(j)(i)', '46(j)(ii)', '46(j)(iii)']);
    expect(expandIndexPath('13.i')).toEqual(['13(i)']);
  });
});
