import { configureOpenApi } from './lib/configure-openapi'
import { createBaseApp } from './lib/create-app'
import type { AppDeps } from './lib/types'
import account from './routes/account/account.index'
import admin from './routes/admin/admin.index'
import administrators from './routes/administrators/administrators.index'
import analytics from './routes/analytics/analytics.index'
import challenges from './routes/challenges/challenges.index'
import map from './routes/map/map.index'
import matching from './routes/matching/matching.index'
import reports from './routes/reports/reports.index'
import abuseReports from './routes/reports/abuse-reports.index'
import applications from './routes/applications/applications.index'
import auth from './routes/auth/auth.index'
import enterpriseApplications from './routes/enterprise-applications/enterprise-applications.index'
import enterpriseJobs from './routes/enterprise-jobs/enterprise-jobs.index'
import health from './routes/health/health.index'
import jobs from './routes/jobs/jobs.index'
import me from './routes/me/me.index'
import profile from './routes/profile/profile.index'
import recommendations from './routes/recommendations/recommendations.index'
import reference from './routes/reference/reference.index'
import stats from './routes/stats/stats.index'
import organizations from './routes/organizations/organizations.index'
import supplyLists from './routes/supply-lists/supply-lists.index'
import demandLists from './routes/demand-lists/demand-lists.index'
import imports from './routes/imports/imports.index'
import exportsRoutes from './routes/imports/exports.index'
import equipment from './routes/equipment/equipment.index'
import review from './routes/review/review.index'
import auditTrail from './routes/audit/audit.index'
import trainings from './routes/trainings/trainings.index'
import events from './routes/events/events.index'
import checkin from './routes/checkin/checkin.index'
import subscriptions from './routes/subscriptions/subscriptions.index'
import inbox from './routes/inbox/inbox.index'
import projects from './routes/projects/projects.index'
import members from './routes/members/members.index'
import effectiveness from './routes/effectiveness/effectiveness.index'

/** The whole API under /api. Routes are chained so `AppType` carries every path to the `hc` client. */
export function createApp(deps: AppDeps) {
  const app = createBaseApp(deps)
    .route('/api/health', health)
    .route('/api/auth', auth)
    .route('/api/me', me)
    .route('/api/account', account)
    .route('/api/reference', reference)
    .route('/api/stats', stats)
    .route('/api/admin/administrators', administrators)
    .route('/api/admin', admin)
    .route('/api/organizations', organizations)
    .route('/api', members)
    .route('/api', effectiveness)
    .route('/api/supply-lists', supplyLists)
    .route('/api/demand-lists', demandLists)
    .route('/api/imports', imports)
    .route('/api/exports', exportsRoutes)
    .route('/api/equipment', equipment)
    .route('/api/review', review)
    .route('/api/reports', abuseReports)
    .route('/api/audit', auditTrail)
    .route('/api/matching', matching)
    .route('/api/challenges', challenges)
    .route('/api/analytics', analytics)
    .route('/api/map', map)
    .route('/api/reports', reports)
    .route('/api/jobs', jobs)
    .route('/api', applications)
    .route('/api/profile', profile)
    .route('/api/trainings', trainings)
    .route('/api/events', events)
    .route('/api/events', checkin)
    .route('/api/subscriptions', subscriptions)
    .route('/api/inbox', inbox)
    .route('/api/projects', projects)
    .route('/api/recommendations', recommendations)
    .route('/api/enterprise', enterpriseJobs)
    .route('/api/enterprise', enterpriseApplications)
  configureOpenApi(app)
  return app
}

export type AppType = ReturnType<typeof createApp>
