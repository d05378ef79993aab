/**
 * A spreadsheet inventory the way organisations actually keep one, for the import benchmark:
 * their own column names ("From system", "What data", "Where is the key"), their own wording
 * for values ("OAuth2", "Azure Key Vault", "Shared spreadsheet on SharePoint"), dates written
 * day/month/year, some blanks, and systems named with varying case and stray spaces.
 */

import { seededRandom } from './seeded-random';

export const INVENTORY_HEADERS = [
  'Integration', 'From system', 'To system', 'What data', 'Purpose', 'How often', 'Method', 'Auth method',
  'Service account', 'Where is the key', 'Key last changed', 'Access', 'MFA?', 'HTTPS', 'Named owner',
  'Last reviewed', 'Reviewed by', 'Status', 'Found via', 'Comments',
] as const;

const DATA = ['Donor records', 'personal data', 'Bank details', 'HR data', 'Public', 'card payments', 'Health data', 'internal'];
const HOW_OFTEN = ['Daily', 'nightly', 'Real time', 'weekly', 'Monthly', 'ad hoc', 'hourly', ''];
const METHOD = ['API', 'Zapier', 'Power Automate', 'CSV export', 'email', 'native connector', 'webhook', 'script'];
const AUTH = ['OAuth2', 'API Key', 'oauth 2.0 app', 'Service account password', "Jane's login", 'certificate', 'shared login', 'none', '?'];
const KEY_PLACE = ['Azure Key Vault', 'Shared spreadsheet on SharePoint', 'Password manager (Keeper)', 'in the script', 'config file', 'Zapier connection', 'email', "don't know"];
const ACCESS = ['read only', 'Read/write', 'admin', 'full access', ''];
const YES_NO = ['Yes', 'no', 'N/A', 'unknown', ''];
const STATUS = ['Live', 'active', 'paused', 'retired', 'Active'];
const FOUND = ['Interview', 'Entra app registrations', 'Power Platform admin centre', 'documentation', 'firewall logs'];

/**
 * `rows` inventory rows (plus the header row) over about `rows / 4` systems. Cells are text, as
 * a CSV gives them; the benchmark writes the same rows as .xlsx too.
 */
export function generateInventory(options: { rows: number; seed?: number }): string[][] {
  const random = seededRandom(options.seed ?? 11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const systems = Math.max(2, Math.round(options.rows / 4));
  // The same system written the way different people typed it.
  const systemName = (i: number) => {
    const roll = random();
    return roll < 0.1 ? `  System ${i} ` : roll < 0.2 ? `SYSTEM ${i}` : `System ${i}`;
  };
  const date = () => {
    const roll = random();
    if (roll < 0.1) return '';
    if (roll < 0.15) return 'unknown';
    const day = new Date(Date.UTC(2022, 11, 1) + Math.floor(random() * 4 * 365) * 86_400_000);
    return `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
  };
  const table: string[][] = [[...INVENTORY_HEADERS]];
  for (let i = 0; i < options.rows; i += 1) {
    const source = Math.floor(random() * systems);
    const target = (source + 1 + Math.floor(random() * Math.min(12, systems - 1))) % systems;
    table.push([
      `Integration ${i}`, systemName(source), systemName(target), `${pick(DATA)}, ${pick(DATA)}`,
      random() < 0.7 ? `Keeps records ${i} in step` : '', pick(HOW_OFTEN), pick(METHOD), pick(AUTH),
      random() < 0.8 ? `svc-account-${Math.floor(random() * options.rows * 0.7)}` : '', pick(KEY_PLACE), date(),
      pick(ACCESS), pick(YES_NO), pick(YES_NO), random() < 0.85 ? `Owner ${i % 53}` : '', date(),
      random() < 0.5 ? `Reviewer ${i % 7}` : '', pick(STATUS), pick(FOUND), random() < 0.2 ? `Ticket INC-${i}` : '',
    ]);
  }
  return table;
}

/** The rows as CSV text: RFC 4180 quoting where a cell needs it, CRLF line ends as Excel writes. */
export function inventoryCsv(table: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `${table.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
