import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../../../core/text/page-language';

const SV =
  'Regeringen vill sänka skatten för pensionärer, men facket säger att det inte räcker. Det är en fråga om välfärd och om vem som ska betala för den när kommunerna har svårt att rekrytera.';
const EN =
  'The government wants to cut taxes for pensioners, but the unions say that it is not enough. This is a question of welfare and of who should pay for it when the councils struggle to recruit.';
const NO =
  'Regjeringen vil kutte skatten for pensjonister, men fagforeningene sier at det ikke er nok. Hva er viktigst for velferden og hvem som skal betale er et spørsmål jeg og de fleste stiller.';

describe('page language', () => {
  it('follows the page’s own lang attribute when it has one', () => {
    expect(pageLanguage('sv', EN)).toBe('sv');
    expect(pageLanguage('sv-SE', EN)).toBe('sv');
    expect(pageLanguage('en', SV)).toBe('other');
    expect(pageLanguage('nb-NO', SV)).toBe('other');
  });

  it('reads the commonest words when the page declares nothing', () => {
    expect(pageLanguage(null, SV)).toBe('sv');
    expect(pageLanguage('', EN)).toBe('other');
    expect(pageLanguage(undefined, NO)).toBe('other');
  });

  it('keeps a Swedish page with an English quote Swedish', () => {
    expect(pageLanguage(null, `${SV} ${SV} "It is not enough," the minister said.`)).toBe('sv');
  });

  it('does not guess from too little text', () => {
    expect(pageLanguage(null, 'Pension och välfärd')).toBe('unknown');
  });
});
