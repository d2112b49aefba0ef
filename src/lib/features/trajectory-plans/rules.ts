// Pure rules of the action plan's export and the trajectories overview (ADR 049), and of its evidence files (ADR 054).
import { attachmentTypes, type AttachmentKind } from '../library/rules';
import type { ExportSheet } from '../participants/rules';

export const reachSteps = ['werkgroep', 'collegas', 'team', 'schoolbeleid'] as const;
export type Reach = (typeof reachSteps)[number];

export interface PlanSheetLabels {
  sheet: string;
  columns: { theme: string; goal: string; action: string; owner: string; deadline: string; status: string; reach: string; evidence: string; partner: string; reflections: string };
  statuses: Record<'gepland' | 'bezig' | 'klaar' | 'gestopt', string>;
  reaches: Record<Reach, string>;
  noOwner: string;
}

export interface PlanForExport {
  themes: {
    theme: string;
    goals: {
      title: string;
      actions: { id: string; title: string; ownerName: string | null; deadline: string; status: 'gepland' | 'bezig' | 'klaar' | 'gestopt'; reach: Reach; evidence: string }[];
    }[];
  }[];
}

export interface ExtrasForExport {
  partner: { name: string } | null;
  reflections: { writtenOn: string; text: string }[];
  /** The evidence file, named in the evidence cell after the note (ADR 054). */
  file?: { fileName: string } | null;
}

/**
 * The plan as one sheet, one row per action under its theme and goal (a goal without actions
 * still gets its row): the reflections in one cell, dated, newest first. Deadlines stay ISO
 * dates, so the column sorts.
 */
export function planSheet(plan: PlanForExport, extras: ReadonlyMap<string, ExtrasForExport>, labels: PlanSheetLabels): ExportSheet {
  const c = labels.columns;
  const headers = [c.theme, c.goal, c.action, c.owner, c.deadline, c.status, c.reach, c.evidence, c.partner, c.reflections];
  const rows: (string | number)[][] = [];
  for (const theme of plan.themes) {
    for (const goal of theme.goals) {
      if (goal.actions.length === 0) rows.push([theme.theme, goal.title, '', '', '', '', '', '', '', '']);
      for (const a of goal.actions) {
        const extra = extras.get(a.id);
        rows.push([
          theme.theme, goal.title, a.title, a.ownerName ?? labels.noOwner, a.deadline, labels.statuses[a.status], labels.reaches[a.reach],
          [a.evidence, extra?.file?.fileName ?? ''].filter(Boolean).join('\n'), extra?.partner?.name ?? '', (extra?.reflections ?? []).map((r) => `${r.writtenOn}: ${r.text}`).join('\n')
        ]);
      }
    }
  }
  return { name: labels.sheet, headers, rows };
}

/** How far a theme reaches: the furthest step any of its live actions got to, or null without actions. */
export function themeReach(actions: readonly { status: string; reach: Reach }[]): Reach | null {
  const live = actions.filter((a) => a.status !== 'gestopt');
  if (live.length === 0) return null;
  return reachSteps[Math.max(...live.map((a) => reachSteps.indexOf(a.reach)))]!;
}

/** An evidence file stays under the request body limit (BODY_SIZE_LIMIT 2M) with the progress form's fields. */
export const evidenceMaxBytes = 1_900_000;

/** Where an action's evidence file is downloaded, for whoever sees the plan. */
export function evidencePath(planPath: string, actionId: string): string {
  return `${planPath}/bewijs/${actionId}`;
}

/**
 * The headers an evidence file is served with (ADR 044): its recognised type, always as a download,
 * never sniffed or run, never cached by a shared cache (the plan is not public).
 */
export function evidenceHeaders(file: { fileName: string; kind: AttachmentKind; size: number; hash: string }): Record<string, string> {
  return {
    'content-type': attachmentTypes[file.kind].type,
    'content-length': String(file.size),
    etag: `"${file.hash}"`,
    'cache-control': 'private, no-store',
    'content-disposition': `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'content-security-policy': "default-src 'none'; sandbox",
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin'
  };
}
