// The package version, inlined by the bundler (scripts/build.mjs); "dev" when run from source.
declare const __BORDER_FACTS_VERSION__: string | undefined;

export const VERSION: string = typeof __BORDER_FACTS_VERSION__ === 'string' ? __BORDER_FACTS_VERSION__ : 'dev';
