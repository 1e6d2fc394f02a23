/** A message that depends on a count: chosen with Intl.PluralRules. */
export interface Plural {
  readonly one: string;
  readonly other: string;
  /** CLDR's 'many' (Italian uses it for millions); falls back to `other`. */
  readonly many?: string;
}

/**
 * Turns the English catalog's literal types into the shape every language must fill:
 * each string becomes `string`, each plural a Plural. A key missing in Italian is a type error.
 */
export type Shape<T> = T extends string
  ? string
  : T extends Plural
    ? Plural
    : { readonly [K in keyof T]: Shape<T[K]> };
