/**
 * Letters that Unicode does not decompose into a base letter plus a mark (NFD leaves `ł`
 * whole), spelled as their languages transliterate them.
 */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'OE',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
};

/** ASCII letters for a name: "Sklep Żółw & Syn" → "Sklep Zolw & Syn". */
export function transliterate(text: string): string {
  return text
    .replace(/[łŁßæÆøØœŒđĐðÐþÞı]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/**
 * The web feed's name in the ESP: letters, digits and `_` only, so Klaviyo's template can
 * address it as `feeds.<name>` ("Sklep Żółw & Syn" → `Trustloop_Sklep_Zolw_Syn`).
 */
export function feedNameOf(channelName: string): string {
  const words = transliterate(channelName)
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `Trustloop_${words || 'Reviews'}`;
}
