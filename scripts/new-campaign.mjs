// `npm run new-campaign -- FILE [--route SLUG] [--force] [--dry-run]`: drafts the whole of content/ for a
// new campaign from its signed launch document (.txt, .docx, .pdf). The work is done by
// scripts/importer/new-campaign-cli.ts (TypeScript, loaded by Node's type stripping).
const { main } = await import('./importer/new-campaign-cli.ts');
process.exitCode = await main(process.argv.slice(2), process.cwd());
