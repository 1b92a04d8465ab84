-- An owner's reset of a member's sign-in (decision 063): the temporary password's hash goes in "passwordHash" as
-- any other, and this column says it is temporary (must be replaced at the next sign-in, expires) and since when.
ALTER TABLE "User" ADD COLUMN "passwordTemporaryAt" TIMESTAMP(3);
