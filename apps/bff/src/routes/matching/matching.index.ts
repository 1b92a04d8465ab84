import { createRouter } from '../../lib/create-app'
import * as college from './college.handlers'
import { explainJobs } from './explain-jobs.handler'
import * as jobs from './jobs.handlers'
import * as mine from './mine.handlers'
import * as routes from './matching.routes'
import * as resources from './resources.handlers'

export default createRouter()
  .openapi(routes.mine, mine.mine)
  .openapi(routes.jobSupply, jobs.jobSupply)
  .openapi(routes.demandListSupply, jobs.demandListSupply)
  .openapi(routes.explain, jobs.explain)
  .openapi(routes.explainJobs, explainJobs)
  .openapi(routes.trainingCourses, resources.trainingCourses)
  .openapi(routes.challengeColleges, resources.challengeColleges)
  .openapi(routes.equipment, resources.equipment)
  .openapi(routes.collegeDemand, college.collegeDemand)
