// English messages of the action plan's extras, the trajectories overview, editing an offer and closing a trajectory (ADR 049).
import type { trajectoryPlansErrorsNl, trajectoryPlansNl } from './nl-trajectory-plans';

export const trajectoryPlansEn: typeof trajectoryPlansNl = {
  plan: {
    export: 'Export to Excel',
    print: 'Print',
    partner: 'Partner',
    partnerField: 'Partner from the network map',
    partnerHint: 'Choose from the partners on the school’s network map.',
    noPartner: 'no partner',
    noMapPartners: 'The school’s network map has no partners yet to link to an action.',
    savePartner: 'Save partner',
    partnerTitle: (action: string) => `Partner of “${action}”`,
    reflections: 'Reflections',
    newReflection: 'Add a reflection',
    reflectionTitle: (action: string) => `Reflection on “${action}”`,
    reflectionDate: 'Date',
    reflectionText: 'What do you notice? What do you learn from it?',
    reflectionHint: 'Do not write data about individual pupils.',
    reflectionBy: (name: string) => `by ${name}`,
    saveReflection: 'Save reflection',
    themeReach: (reach: string) => `Reaches: ${reach}`,
    closed: 'This trajectory is closed: the action plan can no longer change.',
    printedOn: (date: string) => `Printed on ${date}`,
    edit: {
      goal: 'Edit goal',
      goalTitle: (goal: string) => `Edit goal “${goal}”`,
      saveGoal: 'Save goal',
      deleteGoal: 'Delete goal',
      deleteGoalTitle: (goal: string) => `Delete goal “${goal}”`,
      deleteGoalHint: 'A goal with actions cannot be deleted: delete its actions first.',
      action: 'Edit or delete action',
      actionTitle: (action: string) => `Edit action “${action}”`,
      saveAction: 'Save action',
      deleteAction: 'Delete action',
      deleteActionTitle: (action: string) => `Delete action “${action}”`,
      confirmDelete: 'Yes, delete this action with its reflections, partner and file',
      ownerHint: 'If you hand the action to someone else, they update its progress from then on.'
    },
    evidenceFile: 'File',
    evidenceFileHint: 'PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG, at most 1.9 MB. A new file replaces the previous one.',
    evidenceFileStored: (name: string) => `Evidence as a file: ${name}`,
    evidenceDownload: (name: string) => `Download ${name}`,
    removeFile: 'Remove the file',
    saved: { reflection: 'The reflection is with the action.', partner: 'The action’s partner is saved.', editGoal: 'The goal is changed.', deleteGoal: 'The goal is deleted.', editAction: 'The action is changed.', deleteAction: 'The action is deleted.' },
    sheet: {
      name: 'Action plan',
      fileName: (school: string) => `action-plan-${school}`,
      columns: { theme: 'Theme', goal: 'Goal', action: 'Action', owner: 'Lead', deadline: 'Due', status: 'Status', reach: 'Spreading', evidence: 'Evidence', partner: 'Partner', reflections: 'Reflections' }
    }
  },
  evaluation: {
    open: 'Evaluation and closing',
    title: (school: string) => `Evaluation: ${school}`,
    intro: 'The trajectory closes with an evaluation by the school (the ambassador) and by the coach. Once both are in, the trajectory is closed and nothing can change any more.',
    sides: { school: 'The school’s evaluation', coach: 'The coach’s evaluation' },
    outcome: 'What did the trajectory bring?',
    outcomeHint: 'What changed in the school, what worked, what less? Do not write data about individual pupils.',
    continuation: 'How does the school go on?',
    notYet: 'Not written yet.',
    by: (name: string) => `by ${name}`,
    yourSide: (side: string) => `Your part: ${side}`,
    submit: 'Save evaluation',
    saved: 'The evaluation is saved. The trajectory closes once the other evaluation is in too.',
    closedNow: 'Both evaluations are in: the trajectory is closed.',
    closed: 'This trajectory is closed. Everything stays readable, but nothing can change any more.',
    notRunning: 'A trajectory is evaluated after its intake has been recorded.'
  },
  overview: {
    title: 'All trajectories',
    caption: 'All trajectories with their phase, the next session, the action plan’s progress and the last activity',
    school: 'School',
    offer: 'Offer',
    phase: 'Phase',
    coach: 'Coach',
    nextSession: 'Next session',
    progress: 'Action plan',
    lastActivity: 'Last activity',
    progressOf: (done: number, total: number) => `${done} of ${total} actions done`,
    none: '—',
    empty: 'No trajectory is running yet.'
  },
  offerEdit: {
    open: 'Edit offer',
    title: (offer: string) => `Edit offer: ${offer}`,
    intro: 'Every field of the offer, with the same checks as when publishing. A start year’s places cannot drop below its accepted trajectories.',
    taken: (taken: number) => (taken === 1 ? '1 trajectory accepted' : `${taken} trajectories accepted`),
    submit: 'Save changes',
    saved: 'The offer is updated.'
  }
};

export const trajectoryPlansErrorsEn: typeof trajectoryPlansErrorsNl = {
  trajectoryPlansReflectionRequired: 'Write your reflection (5 to 3000 characters).',
  trajectoryPlansPartnerUnknown: 'Choose a partner from this school’s network map.',
  trajectoryPlansOutcomeRequired: 'Describe what the trajectory brought (20 to 5000 characters).',
  trajectoryPlansContinuationRequired: 'Describe how the school goes on (10 to 3000 characters).',
  trajectoryPlansGoalHasActions: 'This goal still has actions. Delete the actions first, then the goal can go.',
  trajectoryPlansConfirmDelete: 'Tick that you want to delete the action: it cannot be undone.',
  trajectoryPlansFileTooLarge: 'This file is too large (at most 1.9 MB).',
  trajectoryPlansFileType: 'This file is not a PDF, PNG, JPEG, Word, Excel or PowerPoint file or OpenDocument file. We look at the file’s content, not its name.',
  trajectoryPlansClosed: 'This trajectory is closed: nothing can change any more.',
  trajectoryPlansNotRunning: 'A trajectory is evaluated after its intake has been recorded.',
  trajectoryPlansPlacesBelowTaken: 'That many trajectories are already accepted in this start year: the places cannot go lower.',
  trajectoryPlansYearInUse: 'A start year with applications or trajectories cannot be removed.',
  trajectoryPlansThemeInUse: 'A theme under which schools already have goals cannot be removed.'
};
