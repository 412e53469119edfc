// `npm run import -- FILE [--route SLUG] [--force] [--dry-run]`: imports a signed document (.txt, .docx,
// .pdf) into one content file of content/. The work is done by scripts/importer/ (TypeScript, loaded by
// Node's type stripping: every relative import in src/ and scripts/ names its .ts file).
const { main } = await import('./importer/run.ts');
process.exitCode = await main(process.argv.slice(2), process.cwd());
