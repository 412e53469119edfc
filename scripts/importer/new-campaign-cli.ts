// The command `npm run new-campaign -- FILE [--route SLUG] [--force] [--dry-run]`: reads its
// arguments as `npm run import` does (./cli.ts) and drafts a new campaign's content
// (./new-campaign.ts), printing its report, or the report so far and the refusal in Vietnamese.
import { t } from '../../src/i18n/index.ts';
import { parseCommand, runCommand } from './cli.ts';
import { newCampaign, type NewCampaignOptions } from './new-campaign.ts';

/** Reads the command's arguments; refuses unknown flags and a second file. */
export function parseNewCampaignArguments(
  argv: readonly string[],
): Omit<NewCampaignOptions, 'root'> {
  return parseCommand(argv, t('importer.campaign.usage'));
}

/** The command `npm run new-campaign`. */
export function main(
  argv: readonly string[],
  root: string,
  print: (line: string) => void = console.log,
): Promise<number> {
  return runCommand(() => newCampaign({ ...parseNewCampaignArguments(argv), root }), print);
}
