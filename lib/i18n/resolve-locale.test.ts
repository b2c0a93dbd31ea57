import { describe, expect, it } from 'vitest';
import { resolveLocale } from './resolve-locale';

describe('resolveLocale', () => {
  it('takes the person’s saved language before the cookie and the browser', () => {
    expect(resolveLocale({ setting: 'es', cookie: 'fr', acceptLanguage: 'en' })).toBe('es');
  });

  it('takes the cookie when the person has saved none or is signed out', () => {
    expect(resolveLocale({ setting: null, cookie: 'fr', acceptLanguage: 'es' })).toBe('fr');
    expect(resolveLocale({ cookie: 'es' })).toBe('es');
  });

  it('ignores a setting or cookie that is not one of the languages', () => {
    expect(resolveLocale({ setting: 'de', cookie: 'xx', acceptLanguage: 'fr' })).toBe('fr');
  });

  it('reads Accept-Language by weight and by region-free language', () => {
    expect(resolveLocale({ acceptLanguage: 'de-DE, es-MX;q=0.8, fr;q=0.9' })).toBe('fr');
    expect(resolveLocale({ acceptLanguage: 'fr-CH;q=0.5, es-419' })).toBe('es');
    expect(resolveLocale({ acceptLanguage: 'fr;q=0, en-GB;q=0.3' })).toBe('en');
  });

  it('falls back to English', () => {
    expect(resolveLocale({})).toBe('en');
    expect(resolveLocale({ acceptLanguage: 'de, ja;q=0.8' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: '' })).toBe('en');
  });
});
