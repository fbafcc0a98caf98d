/** The character codes the XML readers compare (String.charCodeAt), named once for both the check and the reader. */
export enum Ch {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Bang = 33,
  Quote = 34,
  Apos = 39,
  Minus = 45,
  Slash = 47,
  Colon = 58,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  Question = 63,
  LowerC = 99,
  LowerF = 102,
  LowerR = 114,
  LowerV = 118,
}

/** XML's whitespace: space, line feed, tab, carriage return. */
export const isSpace = (c: number): boolean => c === Ch.Space || c === Ch.Lf || c === Ch.Tab || c === Ch.Cr;
