// The funder report's figures in the order the report shows them.
import {
  eventsHeldFigure, ideasContributedFigure, meetingsHeldFigure, smesGuidedFigure, workshopAttendancesFigure, workshopParticipantsFigure,
  workshopsHeldFigure,
} from '#src/report/report-activities.ts';
import { membersFigure, newMembersFigure, smeMembersFigure, startupsFoundedFigure, youngStartupsFigure } from '#src/report/report-members.ts';
import {
  consortiaFromMatchesFigure, fundingAppliedFigure, fundingWonFigure, projectPartnersFigure, projectsInitiatedFigure,
} from '#src/report/report-projects.ts';
import type { Figure } from '#src/report/report-sql.ts';

export const FIGURES: Figure[] = [
  membersFigure,
  newMembersFigure,
  smeMembersFigure,
  projectsInitiatedFigure,
  projectPartnersFigure,
  consortiaFromMatchesFigure,
  workshopsHeldFigure,
  workshopParticipantsFigure,
  workshopAttendancesFigure,
  eventsHeldFigure,
  meetingsHeldFigure,
  smesGuidedFigure,
  fundingWonFigure,
  fundingAppliedFigure,
  startupsFoundedFigure,
  youngStartupsFigure,
  ideasContributedFigure,
];
