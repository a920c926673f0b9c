/// The stable code of every rule of the domain, shown to the officer as `E4xx` after the
/// message. Codes are grouped by area in decades, with room for the rules to come; a code is
/// never reused for another rule. `docs/errors.md` explains each one, and each has a
/// reproducer in `Tests/PPIDRuntimeTests/golden/errors/` (tests check both).
///
/// To add a rule: one case here, its message next to the rule (a `Message` entry in the file
/// that throws it), a reproducer `eNNN-....ppid` and an entry in `docs/errors.md`.
public enum RuleCode: String, CaseIterable, Sendable {
    // E40x: names of declared things
    case nameEmpty = "E401"
    case nameReserved = "E402"
    case nameDuplicate = "E403"

    // E41x: the office, its units, roles and staff
    case officeDuplicate = "E411"
    case officeField = "E412"
    case unitUnknown = "E413"
    case roleUnknown = "E414"
    case staffUnknown = "E415"
    case staffLogin = "E416"

    // E42x: actors and permissions
    case actorUnknown = "E421"
    case actorUnset = "E422"
    case allowEmpty = "E423"
    case permissionDenied = "E424"
    case actorRoleUnheld = "E425"
    case actorRoleShared = "E426"

    // E43x: the clock and the working calendar
    case clockUnset = "E431"
    case clockBackwards = "E432"
    case waitNegative = "E433"
    case calendarWorkHours = "E434"
    case calendarRange = "E435"
    case calendarNegative = "E436"
    case calendarOverflow = "E437"
    case calendarUnknownYear = "E438"

    // E44x: information items and their classification
    case itemUnknown = "E441"
    case itemTitle = "E442"
    case withdrawReason = "E443"
    case itemWithdrawn = "E444"
    case classifyPublished = "E445"
    case classifyFields = "E446"
    case exemptMissing = "E447"
    case exemptPeriod = "E448"
    case exemptNone = "E449"

    // E45x: marks and publication
    case markWithdrawn = "E451"
    case publishExempt = "E452"
    case publishUnclassified = "E453"

    // E46x: SOPs and their runs
    case sopUnknown = "E461"
    case sopInvalid = "E462"
    case runUnknown = "E463"
    case runFinished = "E464"
    case runDecision = "E465"
    case runNotDecision = "E466"
    case runActor = "E467"
    case runSeparation = "E468"

    // E47x–E48x: information requests (permohonan) and the periods of their deadlines
    case requestUnknown = "E471"
    case requestFields = "E472"
    case requestNumberPattern = "E473"
    case requestAnswered = "E474"
    case requestExtendedTwice = "E475"
    case requestExtendLate = "E476"
    case requestExtendReason = "E477"
    case requestGrantExempt = "E478"
    case requestBasisMissing = "E479"
    case requestHolderMissing = "E481"
    case requestAnswerField = "E482"
    case requestGivenNotAbout = "E483"
    case periodOverlap = "E484"
    case periodInvalid = "E485"
    case requestNotAnswered = "E486"
    case answerOutcomeKind = "E480"
    // Objections (keberatan) and disputes (sengketa)
    case objectionFields = "E487"
    case objectionGround = "E488"
    case objectionLate = "E489"
    case objectionUnknown = "E490"
    case objectionSamePerson = "E491"
    case objectionAnswered = "E492"
    case disputeEarly = "E493"
    case disputeLate = "E494"
    case rulingWithoutDispute = "E495"
    case objectionAgain = "E496"
    // The exemption procedure (Perki 1/2017 Pasal 4; PKPU 22/2023 Pasal 24–26)
    case exemptBasis = "E497"
    case exemptUntilPast = "E498"
    case exemptLeaveGround = "E499"

    // E49x: kept for objections, disputes and exemption reviews.
}
