import type { Prisma } from '@zhilian/db'

/** One interview round as both the student and the enterprise read it (InterviewSchema). */
export const interviewSelect = { id: true, at: true, place: true, note: true, cancelledAt: true, cancelReason: true } satisfies Prisma.InterviewSelect

type Row = Prisma.InterviewGetPayload<{ select: typeof interviewSelect }>

export const interviewView = (i: Row) => ({ ...i, at: i.at.toISOString(), cancelledAt: i.cancelledAt ? i.cancelledAt.toISOString() : null })
