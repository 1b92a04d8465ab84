-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('student', 'enterprise', 'college', 'admin');

-- CreateEnum
CREATE TYPE "OrgKind" AS ENUM ('college', 'enterprise');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('pending', 'verified', 'rejected', 'changes_requested');

-- CreateEnum
CREATE TYPE "JobType" AS ENUM ('full_time', 'internship', 'apprenticeship');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('draft', 'pending_review', 'open', 'paused', 'closed', 'filled');

-- CreateEnum
CREATE TYPE "Education" AS ENUM ('none', 'secondary_vocational', 'high_school', 'associate', 'bachelor', 'master');

-- CreateEnum
CREATE TYPE "SkillLevel" AS ENUM ('basic', 'intermediate', 'advanced', 'technician', 'senior_technician');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('submitted', 'viewed', 'interview', 'offer', 'hired', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "DeliveryMode" AS ENUM ('online', 'offline', 'hybrid');

-- CreateEnum
CREATE TYPE "ResearchLevel" AS ENUM ('national', 'provincial', 'municipal', 'enterprise', 'school');

-- CreateEnum
CREATE TYPE "IpKind" AS ENUM ('invention_patent', 'utility_patent', 'design_patent', 'software_copyright');

-- CreateEnum
CREATE TYPE "SharingFee" AS ENUM ('free', 'paid');

-- CreateEnum
CREATE TYPE "CooperationMode" AS ENUM ('joint_lab', 'joint_project', 'tech_transfer', 'commissioned_rd', 'order_class', 'modern_apprenticeship', 'internship_base', 'industry_college', 'staff_training', 'equipment_sharing', 'other');

-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('equipment', 'lab', 'faculty', 'research', 'students', 'training', 'other');

-- CreateEnum
CREATE TYPE "EnterpriseNature" AS ENUM ('state_owned', 'private', 'foreign', 'joint_venture', 'collective', 'other');

-- CreateEnum
CREATE TYPE "DestinationType" AS ENUM ('state_owned', 'private', 'foreign', 'public_institution', 'further_study', 'self_employed', 'other');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('job_fair', 'matchmaking', 'roadshow', 'challenge', 'signing');

-- CreateEnum
CREATE TYPE "EventFormat" AS ENUM ('onsite', 'online', 'hybrid');

-- CreateEnum
CREATE TYPE "ListStatus" AS ENUM ('draft', 'submitted', 'approved', 'rejected', 'changes_requested');

-- CreateEnum
CREATE TYPE "ChainStatus" AS ENUM ('confirmed', 'candidate');

-- CreateEnum
CREATE TYPE "ChainRelevance" AS ENUM ('core', 'supporting', 'core_secondary_vocational');

-- CreateEnum
CREATE TYPE "ChallengeStatus" AS ENUM ('open', 'taken', 'closed');

-- CreateEnum
CREATE TYPE "ChallengeTakerStatus" AS ENUM ('submitted', 'accepted', 'declined', 'withdrawn');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('requested', 'approved', 'rejected', 'cancelled', 'completed');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('draft', 'published', 'ongoing', 'finished', 'cancelled');

-- CreateEnum
CREATE TYPE "BoothStatus" AS ENUM ('applied', 'approved', 'rejected', 'cancelled');

-- CreateEnum
CREATE TYPE "ReminderStatus" AS ENUM ('pending', 'sent', 'failed', 'skipped');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('open', 'upheld', 'dismissed');

-- CreateEnum
CREATE TYPE "ListKind" AS ENUM ('supply', 'demand');

-- CreateTable
CREATE TABLE "City" (
    "adcode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "circle" TEXT NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "City_pkey" PRIMARY KEY ("adcode")
);

-- CreateTable
CREATE TABLE "Major" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "categoryCode" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "classCode" TEXT NOT NULL,
    "className" TEXT NOT NULL,

    CONSTRAINT "Major_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "IndustryChain" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "ChainStatus" NOT NULL,
    "source" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndustryChain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChainMajor" (
    "chainId" TEXT NOT NULL,
    "majorCode" TEXT NOT NULL,
    "relevance" "ChainRelevance" NOT NULL,

    CONSTRAINT "ChainMajor_pkey" PRIMARY KEY ("chainId","majorCode")
);

-- CreateTable
CREATE TABLE "EnterpriseLabel" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EnterpriseLabel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "openid" TEXT,
    "unionid" TEXT,
    "username" TEXT,
    "passwordHash" TEXT,
    "displayName" TEXT NOT NULL,
    "phone" TEXT,
    "tokenVersion" INTEGER NOT NULL DEFAULT 0,
    "personalisationOff" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "kind" "OrgKind" NOT NULL,
    "name" TEXT NOT NULL,
    "uscc" TEXT NOT NULL,
    "cityCode" TEXT NOT NULL,
    "address" TEXT,
    "nature" "EnterpriseNature",
    "industryCode" TEXT,
    "intro" TEXT,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'pending',
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "contactTitle" TEXT,
    "contactEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgChain" (
    "orgId" TEXT NOT NULL,
    "chainId" TEXT NOT NULL,

    CONSTRAINT "OrgChain_pkey" PRIMARY KEY ("orgId","chainId")
);

-- CreateTable
CREATE TABLE "OrgLabel" (
    "orgId" TEXT NOT NULL,
    "labelId" TEXT NOT NULL,
    "verified" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "OrgLabel_pkey" PRIMARY KEY ("orgId","labelId")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "status" "VerificationStatus" NOT NULL DEFAULT 'pending',
    "isOwner" BOOLEAN NOT NULL DEFAULT false,
    "reviewNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudentProfile" (
    "userId" TEXT NOT NULL,
    "realName" TEXT,
    "collegeId" TEXT,
    "majorCode" TEXT,
    "grade" INTEGER,
    "graduationYear" INTEGER,
    "education" "Education" NOT NULL,
    "skills" TEXT[],
    "certificates" TEXT[],
    "expectedCities" TEXT[],
    "expectedChains" TEXT[],
    "intro" TEXT,
    "phone" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudentProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "SupplyList" (
    "id" TEXT NOT NULL,
    "collegeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "ListStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "filledBy" TEXT,
    "filledByPhone" TEXT,
    "filledAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupplyList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MajorOffering" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "majorCode" TEXT NOT NULL,

    CONSTRAINT "MajorOffering_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MajorOfferingChain" (
    "offeringId" TEXT NOT NULL,
    "chainId" TEXT NOT NULL,

    CONSTRAINT "MajorOfferingChain_pkey" PRIMARY KEY ("offeringId","chainId")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "majorCode" TEXT NOT NULL,
    "grade" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GraduateCohort" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "majorCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "employedCount" INTEGER,

    CONSTRAINT "GraduateCohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GraduateDestination" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "type" "DestinationType" NOT NULL,
    "count" INTEGER NOT NULL,
    "mainPositions" TEXT[],

    CONSTRAINT "GraduateDestination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Faculty" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "majorCode" TEXT NOT NULL,
    "fullTime" INTEGER NOT NULL,
    "seniorTitleShare" DECIMAL(4,3) NOT NULL,
    "partTimeFromIndustry" INTEGER NOT NULL,
    "industryBackground" TEXT NOT NULL,

    CONSTRAINT "Faculty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Equipment" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "model" TEXT,
    "quantity" INTEGER NOT NULL,
    "coreFunction" TEXT NOT NULL,
    "open" BOOLEAN NOT NULL DEFAULT false,
    "openHours" TEXT,
    "fee" "SharingFee",
    "feeNote" TEXT,
    "cooperationMode" TEXT,
    "chainId" TEXT,

    CONSTRAINT "Equipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EquipmentBooking" (
    "id" TEXT NOT NULL,
    "equipmentId" TEXT NOT NULL,
    "enterpriseOrgId" TEXT NOT NULL,
    "requestedByUserId" TEXT,
    "start" TIMESTAMP(3) NOT NULL,
    "end" TIMESTAMP(3) NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'requested',
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EquipmentBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResearchProject" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "ResearchLevel" NOT NULL,
    "outcomeType" TEXT NOT NULL,
    "commissioningUnit" TEXT,
    "amountWan" DECIMAL(12,2) NOT NULL,
    "finished" BOOLEAN NOT NULL,
    "year" INTEGER NOT NULL,
    "chainId" TEXT,

    CONSTRAINT "ResearchProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntellectualProperty" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "kind" "IpKind" NOT NULL,
    "name" TEXT NOT NULL,
    "number" TEXT,
    "year" INTEGER NOT NULL,

    CONSTRAINT "IntellectualProperty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingCourse" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "chainId" TEXT,
    "format" "DeliveryMode" NOT NULL,
    "periodDays" INTEGER,
    "hours" INTEGER,
    "yearlyCapacity" INTEGER NOT NULL,
    "seatsPerSession" INTEGER,
    "startDate" TIMESTAMP(3),
    "cityCode" TEXT,
    "fee" DECIMAL(10,2),

    CONSTRAINT "TrainingCourse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStudy" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "partner" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "year" INTEGER,

    CONSTRAINT "CaseStudy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingEnrolment" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "studentUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingEnrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemandList" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "status" "ListStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "filledBy" TEXT,
    "filledByPhone" TEXT,
    "filledAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "cooperationModes" "CooperationMode"[],
    "cooperationNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DemandList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" "JobType" NOT NULL,
    "headcount" INTEGER NOT NULL,
    "hiredCount" INTEGER NOT NULL DEFAULT 0,
    "education" "Education" NOT NULL,
    "minYearsExperience" INTEGER NOT NULL DEFAULT 0,
    "cityCode" TEXT NOT NULL,
    "salaryMin" INTEGER NOT NULL,
    "salaryMax" INTEGER NOT NULL,
    "chainId" TEXT,
    "status" "JobStatus" NOT NULL DEFAULT 'draft',
    "description" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobSkill" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "SkillLevel" NOT NULL,

    CONSTRAINT "JobSkill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobMajor" (
    "jobId" TEXT NOT NULL,
    "majorCode" TEXT NOT NULL,

    CONSTRAINT "JobMajor_pkey" PRIMARY KEY ("jobId","majorCode")
);

-- CreateTable
CREATE TABLE "TrainingNeed" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "perSession" INTEGER NOT NULL,
    "perYear" INTEGER NOT NULL,
    "periodText" TEXT NOT NULL,
    "periodDays" INTEGER,
    "format" "DeliveryMode" NOT NULL,
    "chainId" TEXT,

    CONSTRAINT "TrainingNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TechChallenge" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "deadline" TIMESTAMP(3),
    "budgetWan" DECIMAL(12,2),
    "chainId" TEXT,
    "status" "ChallengeStatus" NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TechChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeTaker" (
    "id" TEXT NOT NULL,
    "challengeId" TEXT NOT NULL,
    "collegeOrgId" TEXT NOT NULL,
    "proposal" TEXT NOT NULL,
    "status" "ChallengeTakerStatus" NOT NULL DEFAULT 'submitted',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChallengeTaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceRequest" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "kind" "ResourceKind" NOT NULL,
    "description" TEXT NOT NULL,
    "cooperationMode" "CooperationMode",
    "cooperationNote" TEXT,

    CONSTRAINT "ResourceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "studentUserId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'submitted',
    "coverNote" TEXT,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "consentText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "from" "ApplicationStatus",
    "to" "ApplicationStatus" NOT NULL,
    "byUserId" TEXT,
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interview" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Interview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "format" "EventFormat" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "cityCode" TEXT NOT NULL,
    "venue" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "enterpriseRegOpens" TIMESTAMP(3),
    "enterpriseRegCloses" TIMESTAMP(3),
    "studentRegOpens" TIMESTAMP(3),
    "studentRegCloses" TIMESTAMP(3),
    "capacity" INTEGER,
    "status" "EventStatus" NOT NULL DEFAULT 'draft',
    "organizerOrgId" TEXT,
    "createdByUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventChain" (
    "eventId" TEXT NOT NULL,
    "chainId" TEXT NOT NULL,

    CONSTRAINT "EventChain_pkey" PRIMARY KEY ("eventId","chainId")
);

-- CreateTable
CREATE TABLE "EventSession" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "room" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "speakers" TEXT[],

    CONSTRAINT "EventSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Booth" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "status" "BoothStatus" NOT NULL DEFAULT 'applied',
    "number" TEXT,
    "zone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Booth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoothJob" (
    "boothId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,

    CONSTRAINT "BoothJob_pkey" PRIMARY KEY ("boothId","jobId")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedInAt" TIMESTAMP(3),

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduleItem" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "place" TEXT,
    "eventId" TEXT,
    "sessionId" TEXT,
    "interviewId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduleItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscriptionCredit" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "remaining" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubscriptionCredit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "templateKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "sendAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "status" "ReminderStatus" NOT NULL DEFAULT 'pending',
    "dedupeKey" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboxMessage" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorUserId" TEXT,
    "orgId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "diff" JSONB NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListVersion" (
    "id" TEXT NOT NULL,
    "listKind" "ListKind" NOT NULL,
    "listId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "byUserId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "reporterUserId" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'open',
    "handledByUserId" TEXT,
    "handledAt" TIMESTAMP(3),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "City_name_key" ON "City"("name");

-- CreateIndex
CREATE INDEX "IndustryChain_active_sortOrder_idx" ON "IndustryChain"("active", "sortOrder");

-- CreateIndex
CREATE INDEX "ChainMajor_majorCode_idx" ON "ChainMajor"("majorCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_openid_key" ON "User"("openid");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_unionid_idx" ON "User"("unionid");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_uscc_key" ON "Organization"("uscc");

-- CreateIndex
CREATE INDEX "Organization_kind_verification_idx" ON "Organization"("kind", "verification");

-- CreateIndex
CREATE INDEX "Organization_cityCode_kind_idx" ON "Organization"("cityCode", "kind");

-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization"("name");

-- CreateIndex
CREATE INDEX "OrgChain_chainId_idx" ON "OrgChain"("chainId");

-- CreateIndex
CREATE INDEX "OrgLabel_labelId_idx" ON "OrgLabel"("labelId");

-- CreateIndex
CREATE INDEX "Membership_orgId_status_idx" ON "Membership"("orgId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_orgId_key" ON "Membership"("userId", "orgId");

-- CreateIndex
CREATE INDEX "StudentProfile_collegeId_idx" ON "StudentProfile"("collegeId");

-- CreateIndex
CREATE INDEX "SupplyList_status_idx" ON "SupplyList"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SupplyList_collegeId_year_key" ON "SupplyList"("collegeId", "year");

-- CreateIndex
CREATE INDEX "MajorOffering_majorCode_idx" ON "MajorOffering"("majorCode");

-- CreateIndex
CREATE UNIQUE INDEX "MajorOffering_listId_majorCode_key" ON "MajorOffering"("listId", "majorCode");

-- CreateIndex
CREATE INDEX "MajorOfferingChain_chainId_idx" ON "MajorOfferingChain"("chainId");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_listId_majorCode_grade_key" ON "Enrolment"("listId", "majorCode", "grade");

-- CreateIndex
CREATE UNIQUE INDEX "GraduateCohort_listId_majorCode_year_key" ON "GraduateCohort"("listId", "majorCode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "GraduateDestination_cohortId_type_key" ON "GraduateDestination"("cohortId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Faculty_listId_majorCode_key" ON "Faculty"("listId", "majorCode");

-- CreateIndex
CREATE INDEX "Equipment_listId_idx" ON "Equipment"("listId");

-- CreateIndex
CREATE INDEX "Equipment_open_chainId_idx" ON "Equipment"("open", "chainId");

-- CreateIndex
CREATE INDEX "EquipmentBooking_equipmentId_start_idx" ON "EquipmentBooking"("equipmentId", "start");

-- CreateIndex
CREATE INDEX "EquipmentBooking_enterpriseOrgId_idx" ON "EquipmentBooking"("enterpriseOrgId");

-- CreateIndex
CREATE INDEX "ResearchProject_listId_idx" ON "ResearchProject"("listId");

-- CreateIndex
CREATE INDEX "IntellectualProperty_listId_kind_idx" ON "IntellectualProperty"("listId", "kind");

-- CreateIndex
CREATE INDEX "TrainingCourse_listId_idx" ON "TrainingCourse"("listId");

-- CreateIndex
CREATE INDEX "TrainingCourse_chainId_idx" ON "TrainingCourse"("chainId");

-- CreateIndex
CREATE INDEX "CaseStudy_listId_idx" ON "CaseStudy"("listId");

-- CreateIndex
CREATE INDEX "TrainingEnrolment_studentUserId_idx" ON "TrainingEnrolment"("studentUserId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingEnrolment_courseId_studentUserId_key" ON "TrainingEnrolment"("courseId", "studentUserId");

-- CreateIndex
CREATE UNIQUE INDEX "DemandList_orgId_key" ON "DemandList"("orgId");

-- CreateIndex
CREATE INDEX "DemandList_status_idx" ON "DemandList"("status");

-- CreateIndex
CREATE INDEX "Job_status_publishedAt_id_idx" ON "Job"("status", "publishedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Job_status_chainId_publishedAt_idx" ON "Job"("status", "chainId", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Job_status_cityCode_publishedAt_idx" ON "Job"("status", "cityCode", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Job_orgId_status_idx" ON "Job"("orgId", "status");

-- CreateIndex
CREATE INDEX "JobSkill_jobId_idx" ON "JobSkill"("jobId");

-- CreateIndex
CREATE INDEX "JobSkill_name_idx" ON "JobSkill"("name");

-- CreateIndex
CREATE INDEX "JobMajor_majorCode_idx" ON "JobMajor"("majorCode");

-- CreateIndex
CREATE INDEX "TrainingNeed_listId_idx" ON "TrainingNeed"("listId");

-- CreateIndex
CREATE INDEX "TechChallenge_status_chainId_idx" ON "TechChallenge"("status", "chainId");

-- CreateIndex
CREATE INDEX "TechChallenge_listId_idx" ON "TechChallenge"("listId");

-- CreateIndex
CREATE INDEX "ChallengeTaker_collegeOrgId_idx" ON "ChallengeTaker"("collegeOrgId");

-- CreateIndex
CREATE UNIQUE INDEX "ChallengeTaker_challengeId_collegeOrgId_key" ON "ChallengeTaker"("challengeId", "collegeOrgId");

-- CreateIndex
CREATE INDEX "ResourceRequest_listId_idx" ON "ResourceRequest"("listId");

-- CreateIndex
CREATE INDEX "Application_jobId_status_idx" ON "Application"("jobId", "status");

-- CreateIndex
CREATE INDEX "Application_studentUserId_updatedAt_idx" ON "Application"("studentUserId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Application_studentUserId_jobId_key" ON "Application"("studentUserId", "jobId");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_at_idx" ON "ApplicationEvent"("applicationId", "at");

-- CreateIndex
CREATE INDEX "Interview_applicationId_idx" ON "Interview"("applicationId");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Event_cityCode_startsAt_idx" ON "Event"("cityCode", "startsAt");

-- CreateIndex
CREATE INDEX "EventChain_chainId_idx" ON "EventChain"("chainId");

-- CreateIndex
CREATE INDEX "EventSession_eventId_startsAt_idx" ON "EventSession"("eventId", "startsAt");

-- CreateIndex
CREATE INDEX "Booth_orgId_idx" ON "Booth"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Booth_eventId_orgId_key" ON "Booth"("eventId", "orgId");

-- CreateIndex
CREATE INDEX "BoothJob_jobId_idx" ON "BoothJob"("jobId");

-- CreateIndex
CREATE INDEX "EventRegistration_userId_idx" ON "EventRegistration"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_eventId_userId_key" ON "EventRegistration"("eventId", "userId");

-- CreateIndex
CREATE INDEX "ScheduleItem_userId_startsAt_idx" ON "ScheduleItem"("userId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduleItem_userId_sessionId_key" ON "ScheduleItem"("userId", "sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "SubscriptionCredit_userId_templateId_key" ON "SubscriptionCredit"("userId", "templateId");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_dedupeKey_key" ON "Reminder"("dedupeKey");

-- CreateIndex
CREATE INDEX "Reminder_status_sendAt_idx" ON "Reminder"("status", "sendAt");

-- CreateIndex
CREATE INDEX "Reminder_userId_idx" ON "Reminder"("userId");

-- CreateIndex
CREATE INDEX "InboxMessage_userId_createdAt_idx" ON "InboxMessage"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_orgId_at_idx" ON "AuditLog"("orgId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorUserId_at_idx" ON "AuditLog"("actorUserId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ListVersion_listKind_listId_version_key" ON "ListVersion"("listKind", "listId", "version");

-- CreateIndex
CREATE INDEX "Report_status_createdAt_idx" ON "Report"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Report_targetType_targetId_idx" ON "Report"("targetType", "targetId");

-- AddForeignKey
ALTER TABLE "ChainMajor" ADD CONSTRAINT "ChainMajor_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChainMajor" ADD CONSTRAINT "ChainMajor_majorCode_fkey" FOREIGN KEY ("majorCode") REFERENCES "Major"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_cityCode_fkey" FOREIGN KEY ("cityCode") REFERENCES "City"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgChain" ADD CONSTRAINT "OrgChain_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgChain" ADD CONSTRAINT "OrgChain_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgLabel" ADD CONSTRAINT "OrgLabel_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgLabel" ADD CONSTRAINT "OrgLabel_labelId_fkey" FOREIGN KEY ("labelId") REFERENCES "EnterpriseLabel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentProfile" ADD CONSTRAINT "StudentProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentProfile" ADD CONSTRAINT "StudentProfile_collegeId_fkey" FOREIGN KEY ("collegeId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentProfile" ADD CONSTRAINT "StudentProfile_majorCode_fkey" FOREIGN KEY ("majorCode") REFERENCES "Major"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplyList" ADD CONSTRAINT "SupplyList_collegeId_fkey" FOREIGN KEY ("collegeId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorOffering" ADD CONSTRAINT "MajorOffering_listId_fkey" FOREIGN KEY ("listId") REFERENCES "SupplyList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorOffering" ADD CONSTRAINT "MajorOffering_majorCode_fkey" FOREIGN KEY ("majorCode") REFERENCES "Major"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorOfferingChain" ADD CONSTRAINT "MajorOfferingChain_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "MajorOffering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorOfferingChain" ADD CONSTRAINT "MajorOfferingChain_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_listId_fkey" FOREIGN KEY ("listId") REFERENCES "SupplyList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_majorCode_fkey" FOREIGN KEY ("majorCode") REFERENCES "Major"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GraduateCohort" ADD CONSTRAINT "GraduateCohort_listId_fkey" FOREIGN KEY ("listId") REFERENCES "SupplyList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GraduateCohort" ADD CONSTRAINT "GraduateCohort_majorCode_fkey" FOREIGN KEY ("majorCode") REFERENCES "Major"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GraduateDestination" ADD CONSTRAINT "GraduateDestination_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "GraduateCohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Faculty" ADD CONSTRAINT "Faculty_listId_fkey" FOREIGN KEY ("listId") REFERENCES "SupplyList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Faculty" ADD CONSTRAINT "Faculty_majorCode_fkey" FOREIGN KEY ("majorCode") REFERENCES "Major"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Equipment" ADD CONSTRAINT "Equipment_listId_fkey" FOREIGN KEY ("listId") REFERENCES "SupplyList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Equipment" ADD CONSTRAINT "Equipment_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquipmentBooking" ADD CONSTRAINT "EquipmentBooking_equipmentId_fkey" FOREIGN KEY ("equipmentId") REFERENCES "Equipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquipmentBooking" ADD CONSTRAINT "EquipmentBooking_enterpriseOrgId_fkey" FOREIGN KEY ("enterpriseOrgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquipmentBooking" ADD CONSTRAINT "EquipmentBooking_requestedByUserId_fkey" FOREIGN KEY ("requestedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchProject" ADD CONSTRAINT "ResearchProject_listId_fkey" FOREIGN KEY ("listId") REFERENCES "SupplyList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchProject" ADD CONSTRAINT "ResearchProject_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntellectualProperty" ADD CONSTRAINT "IntellectualProperty_listId_fkey" FOREIGN KEY ("listId") REFERENCES "SupplyList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCourse" ADD CONSTRAINT "TrainingCourse_listId_fkey" FOREIGN KEY ("listId") REFERENCES "SupplyList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCourse" ADD CONSTRAINT "TrainingCourse_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCourse" ADD CONSTRAINT "TrainingCourse_cityCode_fkey" FOREIGN KEY ("cityCode") REFERENCES "City"("adcode") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_listId_fkey" FOREIGN KEY ("listId") REFERENCES "SupplyList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEnrolment" ADD CONSTRAINT "TrainingEnrolment_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "TrainingCourse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEnrolment" ADD CONSTRAINT "TrainingEnrolment_studentUserId_fkey" FOREIGN KEY ("studentUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandList" ADD CONSTRAINT "DemandList_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_cityCode_fkey" FOREIGN KEY ("cityCode") REFERENCES "City"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobSkill" ADD CONSTRAINT "JobSkill_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobMajor" ADD CONSTRAINT "JobMajor_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobMajor" ADD CONSTRAINT "JobMajor_majorCode_fkey" FOREIGN KEY ("majorCode") REFERENCES "Major"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingNeed" ADD CONSTRAINT "TrainingNeed_listId_fkey" FOREIGN KEY ("listId") REFERENCES "DemandList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingNeed" ADD CONSTRAINT "TrainingNeed_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TechChallenge" ADD CONSTRAINT "TechChallenge_listId_fkey" FOREIGN KEY ("listId") REFERENCES "DemandList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TechChallenge" ADD CONSTRAINT "TechChallenge_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeTaker" ADD CONSTRAINT "ChallengeTaker_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "TechChallenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeTaker" ADD CONSTRAINT "ChallengeTaker_collegeOrgId_fkey" FOREIGN KEY ("collegeOrgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRequest" ADD CONSTRAINT "ResourceRequest_listId_fkey" FOREIGN KEY ("listId") REFERENCES "DemandList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_studentUserId_fkey" FOREIGN KEY ("studentUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_cityCode_fkey" FOREIGN KEY ("cityCode") REFERENCES "City"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organizerOrgId_fkey" FOREIGN KEY ("organizerOrgId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventChain" ADD CONSTRAINT "EventChain_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventChain" ADD CONSTRAINT "EventChain_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSession" ADD CONSTRAINT "EventSession_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booth" ADD CONSTRAINT "Booth_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booth" ADD CONSTRAINT "Booth_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoothJob" ADD CONSTRAINT "BoothJob_boothId_fkey" FOREIGN KEY ("boothId") REFERENCES "Booth"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoothJob" ADD CONSTRAINT "BoothJob_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleItem" ADD CONSTRAINT "ScheduleItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleItem" ADD CONSTRAINT "ScheduleItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleItem" ADD CONSTRAINT "ScheduleItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "EventSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleItem" ADD CONSTRAINT "ScheduleItem_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriptionCredit" ADD CONSTRAINT "SubscriptionCredit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxMessage" ADD CONSTRAINT "InboxMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_reporterUserId_fkey" FOREIGN KEY ("reporterUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_handledByUserId_fkey" FOREIGN KEY ("handledByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
