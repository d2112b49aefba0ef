import { toXlsx } from '$lib/features/participants/rules';
import { requireTrajectory } from '$lib/features/trajectories/access.server';
import { readActionPlan, readTrajectory } from '$lib/features/trajectories/data.server';
import { readPlanExtras } from '$lib/features/trajectory-plans/data.server';
import { planSheet } from '$lib/features/trajectory-plans/rules';
import { messagesFor } from '$lib/i18n/messages';
import type { RequestHandler } from './$types';

/** The action plan as one sheet, for whoever sees the trajectory (ADR 049). */
export const GET: RequestHandler = async (event) => {
  const { trajectory } = await requireTrajectory(event, event.params.org, event.params.offer, event.params.school);
  const m = messagesFor(event.locals.locale);
  const p = m.trajectories.plan, s = m.trajectoryPlans.plan.sheet;
  const [details, plan, extras] = await Promise.all([readTrajectory(trajectory), readActionPlan(trajectory), readPlanExtras(trajectory)]);
  const sheet = planSheet(plan, extras, { sheet: s.name, columns: s.columns, statuses: p.statuses, reaches: p.reaches, noOwner: p.noOwner });
  const body = await toXlsx([sheet], p.title(details!.schoolName));
  return new Response(body as BodyInit, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${s.fileName(event.params.school)}.xlsx"`,
      'cache-control': 'private, no-store'
    }
  });
};
