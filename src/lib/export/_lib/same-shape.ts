/**
 * Compile-time guards that a zod schema and the TypeScript type it publishes agree: each side must
 * be assignable to the other and name the same fields (an optional field added to the type alone
 * would pass assignability), so changing one without the other fails `tsc`.
 */
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export type Same<A, B> = MutuallyAssignable<A, B> extends true ? MutuallyAssignable<keyof A, keyof B> : false;

export type Assert<T extends true> = T;
