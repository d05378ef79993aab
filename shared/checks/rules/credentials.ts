import type { Check, FlowView, MapHit } from '../check';
import { flowName, normaliseName } from '../context';

export const sharedCredential: Check = {
  id: 'shared-credential',
  title: 'Credential shared between integrations',
  condition: 'The same account, app registration or key is used by two or more flows that are still running.',
  likelihood: 'possible',
  impact: 'moderate',
  raisedByExposure: true,
  why: 'One credential serving several integrations has the rights of all of them. If it leaks, every one of them is exposed; if it is changed or switched off, they all break at once, so nobody dares rotate it.',
  whatToDo: 'Give each integration its own account or key with only the access it needs, then rotate and retire the shared one.',
  reference: 'Seed 001 ("shared service accounts across multiple integrations"); seed 003; OWASP Non-Human Identities Top 10 NHI9',
  inspectMap: (context) => {
    const byAccount = new Map<string, FlowView[]>();
    for (const view of context.flows) {
      if (!view.active || view.flow.account.trim() === '') continue;
      const key = normaliseName(view.flow.account);
      const group = byAccount.get(key);
      if (group) group.push(view);
      else byAccount.set(key, [view]);
    }
    const hits: MapHit[] = [];
    for (const group of byAccount.values()) {
      if (group.length < 2) continue;
      for (const view of group) {
        const other = group[0] === view ? group[1]! : group[0]!;
        hits.push({
          elementKind: 'flow',
          elementId: view.flow.id,
          detail: `The flow "${flowName(view)}" signs in as "${view.flow.account.trim()}", which ${describeOthers(other, group.length - 1)} also use${group.length === 2 ? 's' : ''}.`,
        });
      }
    }
    return hits;
  },
};

/** `"Donations to Xero"` or `"Donations to Xero" and 3 other flows`. */
function describeOthers(first: FlowView, count: number): string {
  const name = `"${flowName(first)}"`;
  return count === 1 ? name : `${name} and ${count - 1} other flow${count === 2 ? '' : 's'}`;
}
