// The OpenAPI 3.1 description of the public, read-only API. Each later issue adds its operations.
import { domains, partnerTypes, targetGroups, themes } from '$lib/features/library/rules';
import { provinces } from '$lib/features/schools/schema';

/** The library's facets as query parameters: at most one value each, from the fixed vocabularies. */
const practiceFacetParams = ([['theme', themes], ['domain', domains], ['targetGroup', targetGroups], ['province', provinces], ['partnerType', partnerTypes]] as const)
  .map(([name, values]) => ({ name, in: 'query', required: false, schema: { type: 'string', enum: [...values] } }));
const schoolYearParam = {
  name: 'schoolYear',
  in: 'query',
  required: false,
  description: 'School year written as 2022-2023 (1 September to 31 August). Default: the latest year with members.',
  schema: { type: 'string', pattern: '^\\d{4}-\\d{4}$', examples: ['2022-2023'] }
};

const networkIdParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
});

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Netwerkplein public API',
    version: '1.0.0',
    description:
      'Read-only public data of Netwerkplein: organisations, their public networks and member schools per school year, activities and published practice examples. ' +
      'Any origin may call it (CORS). Non-public networks answer 404. Error messages are in Dutch.'
  },
  servers: [{ url: '/api/v1' }],
  paths: {
    '/organisations': {
      get: {
        operationId: 'listOrganisations',
        summary: 'All organisations with their public networks',
        responses: {
          '200': {
            description: 'The organisations',
            content: { 'application/json': { schema: {
              type: 'object', required: ['organisations'],
              properties: { organisations: { type: 'array', items: { $ref: '#/components/schemas/Organisation' } } }
            } } }
          }
        }
      }
    },
    '/networks/{id}': {
      get: {
        operationId: 'getNetwork',
        summary: 'One public network with the school years in which it has members',
        parameters: [networkIdParam],
        responses: {
          '200': { description: 'The network', content: { 'application/json': { schema: { $ref: '#/components/schemas/Network' } } } },
          '404': errorResponse('No public network with this id')
        }
      }
    },
    '/networks/{id}/members': {
      get: {
        operationId: 'listNetworkMembers',
        summary: 'The member schools of a public network in one school year',
        parameters: [networkIdParam, schoolYearParam],
        responses: {
          '200': { description: 'The members', content: { 'application/json': { schema: { $ref: '#/components/schemas/MemberList' } } } },
          '400': errorResponse('Malformed school year, e.g. 2023-2025'),
          '404': errorResponse('No public network with this id')
        }
      }
    },
    '/activities': {
      get: {
        operationId: 'listActivities',
        summary: 'Upcoming public activities (study trips, trainings, exchange and study days) with price and seats left',
        responses: { '200': { description: 'The activities', content: { 'application/json': { schema: {
          type: 'object', required: ['activities'], properties: { activities: { type: 'array', items: { $ref: '#/components/schemas/ActivitySummary' } } }
        } } } } }
      }
    },
    '/activities/{id}': {
      get: {
        operationId: 'getActivity',
        summary: 'One public activity with its programme, price, extras and seats left',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: {
          '200': { description: 'The activity', content: { 'application/json': { schema: { $ref: '#/components/schemas/Activity' } } } },
          '404': errorResponse('No public activity with this id')
        }
      }
    },
    '/networks/{id}/learning-networks': {
      get: {
        operationId: 'listLearningNetworks',
        summary: 'The learning networks (yearly cohorts) of a public network, with their member schools',
        parameters: [networkIdParam, { ...schoolYearParam, description: 'Only the learning network of this school year (e.g. 2023-2024). Default: all.' }],
        responses: {
          '200': { description: 'The learning networks', content: { 'application/json': { schema: { $ref: '#/components/schemas/LearningNetworkList' } } } },
          '400': errorResponse('Malformed school year'),
          '404': errorResponse('No public network with this id')
        }
      }
    },
    '/networks/{id}/meetings': {
      get: {
        operationId: 'listMeetings',
        summary: 'Meetings of the learning networks: date, learning question and the harvest once published publicly',
        parameters: [networkIdParam, { ...schoolYearParam, description: 'Only meetings of this school year. Default: all.' }],
        responses: {
          '200': { description: 'The meetings', content: { 'application/json': { schema: { $ref: '#/components/schemas/MeetingList' } } } },
          '400': errorResponse('Malformed school year'),
          '404': errorResponse('No public network with this id')
        }
      }
    },
    '/practice-examples': {
      get: {
        operationId: 'listPracticeExamples',
        summary: 'Published practice examples: Dutch full-text search (stems, accents ignored) with facets, 20 per page, best match first',
        parameters: [
          { name: 'q', in: 'query', required: false, description: 'Search words; "spijbelen" also finds "spijbelaars".', schema: { type: 'string', maxLength: 200 } },
          ...practiceFacetParams,
          { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 500, default: 1 } }
        ],
        responses: { '200': { description: 'One page of matches, their total and per facet the count of each value among all matches',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/PracticeExampleList' } } } } }
      }
    },
    '/practice-examples/{id}': {
      get: {
        operationId: 'getPracticeExample',
        summary: 'One published practice example with its body (sanitised HTML), contacts, attachments and lineage',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: {
          '200': { description: 'The example', content: { 'application/json': { schema: { $ref: '#/components/schemas/PracticeExample' } } } },
          '404': errorResponse('No published practice example with this id (drafts and examples awaiting approval included)')
        }
      }
    }
  },
  components: {
    schemas: {
      Error: {
        type: 'object', required: ['error'],
        properties: { error: { type: 'object', required: ['status', 'message'], properties: { status: { type: 'integer' }, message: { type: 'string' } } } }
      },
      NetworkRef: {
        type: 'object', required: ['id', 'slug', 'name'],
        properties: { id: { type: 'string', format: 'uuid' }, slug: { type: 'string' }, name: { type: 'string' } }
      },
      Organisation: {
        type: 'object', required: ['slug', 'name', 'description', 'networks'],
        properties: {
          slug: { type: 'string' }, name: { type: 'string' }, description: { type: 'string' },
          website: { type: ['string', 'null'], format: 'uri' }, contactEmail: { type: ['string', 'null'], format: 'email' },
          networks: { type: 'array', items: { $ref: '#/components/schemas/NetworkRef' } }
        }
      },
      Network: {
        type: 'object', required: ['id', 'slug', 'name', 'description', 'organisation', 'schoolYears'],
        properties: {
          id: { type: 'string', format: 'uuid' }, slug: { type: 'string' }, name: { type: 'string' }, description: { type: 'string' },
          organisation: { type: 'object', required: ['slug', 'name'], properties: { slug: { type: 'string' }, name: { type: 'string' } } },
          contact: { type: ['object', 'null'], properties: { name: { type: 'string' }, email: { type: ['string', 'null'] } } },
          schoolYears: { type: 'array', items: { type: 'string', pattern: '^\\d{4}-\\d{4}$' } }
        }
      },
      MemberSchool: {
        type: 'object', required: ['institutionNumber', 'name', 'municipality', 'province', 'level'],
        properties: {
          // The school's key (ADR 025): a Flemish instellingsnummer, or fase-…, brin-…, school-… for schools outside Flanders.
          institutionNumber: { type: 'string', pattern: '^(\\d{6}|fase-\\d{1,5}|brin-\\d{2}[A-Z]{2}(\\d{2})?|school-[0-9a-f]{12})$' },
          name: { type: 'string' }, municipality: { type: 'string' },
          province: { type: ['string', 'null'], enum: ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel', null] },
          level: { type: ['string', 'null'], enum: ['basis', 'secundair', 'buitengewoon', null] }
        }
      },
      ActivitySummary: {
        type: 'object', required: ['id', 'slug', 'kind', 'title', 'organisation', 'startsAt', 'endsAt', 'priceCents', 'capacity', 'seatsLeft', 'registrationDeadline'],
        properties: {
          id: { type: 'string', format: 'uuid' }, slug: { type: 'string' },
          kind: { type: 'string', enum: ['studiereis', 'vorming', 'uitwisselingsdag', 'studiedag', 'infosessie'] },
          title: { type: 'string' }, summary: { type: 'string' },
          organisation: { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' } } },
          startsAt: { type: 'string', format: 'date-time' }, endsAt: { type: 'string', format: 'date-time' }, location: { type: ['string', 'null'] },
          priceCents: { type: 'integer' }, capacity: { type: 'integer' }, seatsLeft: { type: 'integer' },
          registrationDeadline: { type: 'string', format: 'date-time' }
        }
      },
      Activity: {
        allOf: [{ $ref: '#/components/schemas/ActivitySummary' }, {
          type: 'object',
          properties: {
            description: { type: 'string' }, audience: { type: 'string' }, goals: { type: 'string' },
            learnings: { type: 'array', items: { type: 'string' } }, priceCovers: { type: 'string' },
            programme: { type: 'array', items: { type: 'object', properties: {
              kind: { type: 'string' }, title: { type: 'string' }, startsAt: { type: ['string', 'null'] }, place: { type: ['string', 'null'] }, presenter: { type: ['string', 'null'] } } } },
            extras: { type: 'array', items: { type: 'object', properties: {
              id: { type: 'string', format: 'uuid' }, title: { type: 'string' }, date: { type: ['string', 'null'] }, priceCents: { type: 'integer' },
              seatsLeft: { type: ['integer', 'null'], description: 'null when the extra has no capacity limit' } } } }
          }
        }]
      },
      LearningNetworkList: {
        type: 'object', required: ['networkId', 'learningNetworks'],
        properties: {
          networkId: { type: 'string', format: 'uuid' },
          learningNetworks: { type: 'array', items: {
            type: 'object', required: ['schoolYear', 'formedFrom', 'meetingCount', 'members'],
            properties: {
              schoolYear: { type: 'string' }, formedFrom: { type: 'string' }, meetingCount: { type: 'integer' },
              members: { type: 'array', items: { type: 'object', required: ['institutionNumber', 'name', 'municipality', 'province'],
                properties: { institutionNumber: { type: 'string' }, name: { type: 'string' }, municipality: { type: 'string' }, province: { type: 'string' } } } }
            }
          } }
        }
      },
      MeetingList: {
        type: 'object', required: ['networkId', 'meetings'],
        properties: {
          networkId: { type: 'string', format: 'uuid' },
          meetings: { type: 'array', items: {
            type: 'object', required: ['schoolYear', 'sequence', 'startsAt', 'learningQuestion', 'harvest'],
            properties: {
              schoolYear: { type: 'string' }, sequence: { type: 'integer' }, startsAt: { type: 'string', format: 'date-time' },
              learningQuestion: { type: 'string' }, harvest: { type: ['string', 'null'], description: 'Only when published and made public' }
            }
          } }
        }
      },
      PracticeExampleSummary: {
        type: 'object', required: ['id', 'slug', 'title', 'summary', 'organisation', 'province', 'themes', 'targetGroups', 'publishedAt', 'url'],
        properties: {
          id: { type: 'string', format: 'uuid' }, slug: { type: 'string' }, title: { type: 'string' }, summary: { type: 'string' },
          organisation: { type: 'object', required: ['slug', 'name'], properties: { slug: { type: 'string' }, name: { type: 'string' } } },
          province: { type: ['string', 'null'], enum: [...provinces, null] },
          themes: { type: 'array', items: { type: 'string', enum: [...themes] } },
          targetGroups: { type: 'array', items: { type: 'string', enum: [...targetGroups] } },
          publishedAt: { type: ['string', 'null'], format: 'date-time' }, url: { type: 'string', format: 'uri' }
        }
      },
      PracticeExampleList: {
        type: 'object', required: ['examples', 'total', 'page', 'pageSize', 'facets'],
        properties: {
          examples: { type: 'array', items: { $ref: '#/components/schemas/PracticeExampleSummary' } },
          total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' },
          facets: {
            type: 'object', required: ['theme', 'domain', 'targetGroup', 'province', 'partnerType'],
            description: 'Per facet, how many of all matches carry each value',
            properties: Object.fromEntries(['theme', 'domain', 'targetGroup', 'province', 'partnerType'].map((f) => [f, { type: 'object', additionalProperties: { type: 'integer' } }]))
          }
        }
      },
      PracticeExample: {
        allOf: [{ $ref: '#/components/schemas/PracticeExampleSummary' }, {
          type: 'object', required: ['bodyHtml', 'domains', 'partnerTypes', 'tools', 'contacts', 'attachments', 'inspiredBy', 'takenUpBy', 'updatedAt'],
          properties: {
            bodyHtml: { type: 'string', description: 'Sanitised on the server on an allow-list' },
            domains: { type: 'array', items: { type: 'string', enum: [...domains] } },
            partnerTypes: { type: 'array', items: { type: 'string', enum: [...partnerTypes] } },
            tools: { type: 'array', items: { type: 'string' } }, municipality: { type: ['string', 'null'] },
            network: { type: ['object', 'null'], properties: { slug: { type: 'string' }, name: { type: 'string' } } },
            contacts: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, role: { type: ['string', 'null'] }, email: { type: ['string', 'null'] } } } },
            attachments: { type: 'array', items: { type: 'object', required: ['fileName', 'kind', 'size', 'url'], properties: {
              fileName: { type: 'string' }, kind: { type: 'string' }, size: { type: 'integer' }, url: { type: 'string', format: 'uri' } } } },
            inspiredBy: { type: 'array', items: { $ref: '#/components/schemas/LinkRef' } },
            takenUpBy: { type: 'array', items: { $ref: '#/components/schemas/LinkRef' } },
            updatedAt: { type: 'string', format: 'date-time' }
          }
        }]
      },
      LinkRef: {
        type: 'object', required: ['title', 'url'],
        properties: { title: { type: 'string' }, url: { type: ['string', 'null'], format: 'uri', description: 'null for an outside project without a link' } }
      },
      MemberList: {
        type: 'object', required: ['networkId', 'schoolYear', 'members'],
        properties: {
          networkId: { type: 'string', format: 'uuid' },
          schoolYear: { type: ['string', 'null'] },
          members: { type: 'array', items: { $ref: '#/components/schemas/MemberSchool' } }
        }
      }
    }
  }
} as const;
