// `npm run import -- FILE [--route SLUG] [--force] [--dry-run]`: imports a signed document (.txt, .docx,
// .pdf) into one content file of content/letter/. The work is done by src/lib/importer/ (TypeScript,
// loaded by Node's type stripping); this entry only lets the site's own modules, which import each
// other without an extension as Astro allows, resolve to their .ts files.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier))
        return nextResolve(`${specifier}.ts`, context);
      throw error;
    }
  },
});

const { main } = await import('../src/lib/importer/cli.ts');
process.exitCode = await main(process.argv.slice(2), process.cwd());
