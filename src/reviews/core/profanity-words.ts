/**
 * A deliberately small list of unambiguous swear words per language, folded (see foldText).
 * `words` match whole words; `stems` match words starting with them (inflected forms).
 * Words that are innocent in another supported language ("fick" in Swedish, "hora" in Czech,
 * "kurva" in Swedish) are checked only when the review's language is known to be theirs.
 */
export interface WordList {
  words: readonly string[];
  stems: readonly string[];
  /** Checked only when the review's locale is this language. */
  localOnly?: readonly string[];
}

export const PROFANITY: Readonly<Record<'en' | 'pl' | 'cs' | 'sv' | 'de', WordList>> = {
  en: {
    words: ['shit', 'bullshit', 'bitch', 'asshole', 'bastard', 'cunt', 'whore', 'slut', 'dickhead', 'wanker'],
    stems: ['fuck', 'motherfuck'],
  },
  pl: {
    words: ['chuj', 'huj', 'pizda', 'cipa', 'dziwka', 'szmata', 'kutas'],
    stems: ['kurw', 'pierdol', 'spierdal', 'wypierdal', 'jeban', 'jebac', 'zajeb', 'skurwy', 'chujow'],
  },
  cs: {
    words: ['hovno', 'prdel', 'pica', 'kokot', 'curak', 'zmrd', 'mrdka', 'devka'],
    stems: ['mrdat', 'sracka'],
    localOnly: ['kurva', 'kurvo'],
  },
  sv: {
    words: ['fitta', 'helvete', 'javla', 'javlar', 'jaevla', 'horunge', 'kuk', 'rovhal'],
    stems: ['knulla'],
  },
  de: {
    words: ['arschloch', 'fotze', 'hurensohn', 'wichser', 'schlampe', 'missgeburt', 'scheisse', 'scheiss'],
    stems: ['ficken', 'verfickt', 'scheiss'],
    localOnly: ['fick'],
  },
};
