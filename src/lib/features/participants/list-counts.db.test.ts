// Every count a list page shows must agree with the page it links to. Over the whole demo data:
// the organiser's activity list against the participant overview, the learning-network archive
// against each cohort page, and the public organisation list against each workspace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '$lib/server/db/seed-demo';
import { brandOrganisation } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { listOrganisationActivities } from '../activities/data.server';
import { listCohortMembers, listLearningNetworks } from '../learning-networks/data.server';
import { listMeetings } from '../meetings/data.server';
import { listOrganisationNetworks } from '../networks/data.server';
import { listOrganisations } from '../organisations/data.server';
import { loadParticipantOverview } from './data.server';
import { grant } from '$lib/server/tenancy';
import type { FollowedCohort } from '../learning-networks/types';
import { managedActivity } from '../../../../tests/handles';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); await seedDemoData(database.handle.db); });
afterAll(async () => { await database.close(); });

const organisationIds = async () => (await listOrganisations()).map((o) => brandOrganisation(o.id));

describe('counts on list pages agree with their detail pages (demo data)', () => {
  it('the organiser\'s activity list and each participant overview', async () => {
    let registeredSeen = 0;
    for (const organisationId of await organisationIds()) {
      for (const row of await listOrganisationActivities(organisationId)) {
        const { counts, seats } = await loadParticipantOverview(managedActivity(row.id, organisationId));
        expect({ title: row.title, registered: row.registered, waiting: row.waiting, interest: row.interest, seatsTaken: row.seatsTaken }).toEqual({
          title: row.title, registered: counts.registered + counts.attended + counts.absent, waiting: counts.waiting, interest: counts.interest, seatsTaken: seats.taken
        });
        registeredSeen += row.registered;
      }
    }
    expect(registeredSeen, 'the demo has registrations, so a count stuck at 0 shows').toBeGreaterThan(0);
  });

  it('the learning-network archive and each cohort page', async () => {
    let meetingsSeen = 0;
    for (const organisationId of await organisationIds()) {
      for (const network of await listOrganisationNetworks(organisationId)) {
        for (const cohort of await listLearningNetworks(network.id)) {
          const followed = grant('followed-cohort', cohort.id) as FollowedCohort;
          expect({ year: cohort.schoolYear, members: cohort.memberCount, meetings: cohort.meetingCount }).toEqual({
            year: cohort.schoolYear, members: (await listCohortMembers(followed)).length, meetings: (await listMeetings(followed)).length
          });
          meetingsSeen += cohort.meetingCount;
        }
      }
    }
    expect(meetingsSeen).toBeGreaterThan(0);
  });

  it('the organisation list and each organisation\'s public networks', async () => {
    for (const organisation of await listOrganisations()) {
      const publicNetworks = (await listOrganisationNetworks(brandOrganisation(organisation.id))).filter((n) => n.isPublic);
      expect({ name: organisation.name, count: organisation.publicNetworkCount }).toEqual({ name: organisation.name, count: publicNetworks.length });
    }
    expect((await listOrganisations()).some((o) => o.publicNetworkCount > 0)).toBe(true);
  });
});
