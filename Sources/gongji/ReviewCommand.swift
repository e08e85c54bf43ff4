import ArgumentParser
import Foundation
import GongjiApp

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List the applications waiting for review, and approve or reject one member.",
        discussion: """
        The reviewer is an operator of the store whose role allows review (see gongji operator); \
        their password is read from GONGJI_OPERATOR_PASSWORD, never from the command line. The \
        demo store has its demo reviewer (see the README). Approval begins the relationship in the \
        same step (neither is saved without the other), and the journal names the reviewer; a \
        rejection needs a reason code (NOT_INSURED, INFO_MISMATCH, OUT_OF_AREA, \
        RELATION_NOT_ALLOWED, ALREADY_SHARED, MEMBER_LIMIT, SHARER_INELIGIBLE, PROOF_MISSING, \
        RELATION_IMPLAUSIBLE, DUPLICATE_MEMBER, SELF_BINDING). A member an imported bundle flagged \
        (listed first, with the flag's codes) is not decided again: --resolve-flag with --note closes \
        the flag once it has been dealt with.
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: ArgumentHelp("The folder with the kiosk's texts and working-day calendar.", valueName: "dir"))
    var screens: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("The operator who reviews.", valueName: "operator"))
    var reviewer: String = ReviewDesk.demoReviewer

    @Flag(help: "List the applications with a member under review.")
    var list = false

    @Flag(help: "Add a sample application waiting for review to the demo store, for training.")
    var addSample = false

    @Argument(help: ArgumentHelp("The application number, e.g. DEM001-000001-2.", valueName: "application"))
    var application: String?

    @Option(help: ArgumentHelp("The member to decide on, 1 for the first.", valueName: "n"))
    var member: Int?

    @Flag(help: "Approve the member and begin the relationship.")
    var approve = false

    @Option(help: ArgumentHelp("Reject the member with this reason code.", valueName: "code"))
    var reject: String?

    @Flag(help: "Close the flag an imported bundle left on the member; --note says what was done about it.")
    var resolveFlag = false

    @Option(help: ArgumentHelp(
        "With --reject: a note for the application (kept with the member; the journal records only that there is one).",
        valueName: "text"))
    var note: String?

    func validate() throws {
        let actions = [list, addSample, application != nil].filter { $0 }.count
        guard actions == 1 else { throw ValidationError("give --list, --add-sample, or an application number with --member") }
        if application == nil, member != nil || approve || reject != nil || resolveFlag {
            throw ValidationError("--member, --approve, --reject and --resolve-flag go with an application number")
        }
        if application != nil {
            guard member != nil else { throw ValidationError("give the member to decide on with --member N") }
            guard [approve, reject != nil, resolveFlag].filter({ $0 }).count == 1 else {
                throw ValidationError("give one of --approve, --reject CODE or --resolve-flag")
            }
            if note != nil, reject == nil, !resolveFlag { throw ValidationError("--note goes with --reject or --resolve-flag") }
            if resolveFlag, note == nil { throw ValidationError("--resolve-flag needs --note saying what was done about the flag") }
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        do {
            let screensDirectory = try ScreensDirectory.locate(explicit: screens, environment: environment, executablePath: CommandLine.arguments[0])
            let calendar = try screensDirectory.loadWorkingDayCalendar()
            let dataDirectory = DataDirectory.url(environment: environment)
            try DataDirectory.prepare(dataDirectory)
            let options = KioskOptions(storePath: storeOptions.store, demoStore: storeOptions.demoStore, screensPath: screens, settings: .init())
            let database = try StoreOpener.open(options, dataDirectory: dataDirectory, now: Date())
            let desk = try ReviewDesk(
                database: database, reviewer: reviewer, password: environment["GONGJI_OPERATOR_PASSWORD"],
                policy: try policyOptions.source.load(), calendar: calendar, now: Date())
            if list {
                print(try desk.list(now: Date()), terminator: "")
            } else if addSample {
                let number = try DemoReviewSample.add(to: database, profile: desk.policy, calendar: calendar, now: Date())
                print("sample application \(number.text) added: 2 members under review")
            } else if let application, let member {
                print(try desk.decide(application, member: member, reject: reject, note: note, resolvingFlag: resolveFlag, now: Date()),
                      terminator: "")
            }
        } catch {
            throw CommandFailure(error)
        }
    }
}
