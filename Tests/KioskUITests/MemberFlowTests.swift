import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Adding members, through `update`: each step, going back, the language key mid-form, changing
/// and removing a member, the PIN pad alone, taps, and walking away.
@Suite("Adding members")
struct MemberFlowTests {
    /// From the member list to the relationship screen for `person`.
    static func reachRelation(_ probe: inout KioskProbe, _ person: InsuredPerson = Fixtures.spouse) {
        probe.press(.character("1"))
        probe.type(person.id.number)
        probe.press(.enter)
        probe.send(.memberLookedUp(person.id, person))
        probe.press(.character("1"))
    }

    @Test func onlyAResidentWhoMayShareIsOfferedToAddMembers() {
        var sharer = KioskProbe()
        sharer.signIn(as: Fixtures.person())
        sharer.press(.character("1"))
        #expect(sharer.frame.contains("1. 添加共济成员"))
        var resident = KioskProbe()
        resident.signIn(as: Fixtures.person(name: "陈梅", insurance: .resident, balanceFen: 0))
        resident.press(.character("1"))
        #expect(!resident.frame.contains("添加共济成员"))
        resident.press(.character("3"))
        #expect(resident.screen == .guide)
    }

    @Test func theListAsksOnceForWhatTheSharerAlreadyHas() {
        var probe = KioskProbe()
        probe.signIn(as: Fixtures.person())
        probe.press(.character("1"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.screen == .memberList)
        #expect(probe.effects == [.loadExistingMembers(sharer: Fixtures.sharerID)])
        probe.send(.existingMembersLoaded(.none))
        probe.press(.escape)
        #expect(probe.screen == .home)
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.screen == .memberList)
        #expect(probe.effects.isEmpty)
        #expect(probe.frame.contains("名单中还没有成员"))
    }

    @Test func theIDNumberIsCheckedAsTypedAndLookedUpOnEnter() {
        var probe = KioskProbe()
        probe.openMembers()
        probe.press(.character("1"))
        #expect(probe.screen == .memberIDNumber)
        probe.type("11010519700231")
        #expect(probe.frame.contains("不是真实的日期"))
        for _ in 0..<6 { probe.press(.backspace) }
        probe.type("7007080")
        probe.press(.enter)
        #expect(probe.frame.contains("号码只有 15 位"))
        #expect(!probe.effects.contains { if case .lookUpMember = $0 { true } else { false } }, "nothing is looked up before the number is valid")
        probe.type("22")
        probe.press(.backspace)
        probe.type(String(Fixtures.spouse.id.number.suffix(2)))
        probe.press(.enter)
        #expect(probe.effects.last == .lookUpMember(Fixtures.spouse.id))
        #expect(probe.screen == .memberIDNumber)
        #expect(probe.frame.contains("正在医保系统中查询"))
        probe.send(.memberLookedUp(Fixtures.spouse.id, Fixtures.spouse))
        #expect(probe.screen == .memberPerson)
        #expect(probe.frame.contains("李*英"))
        #expect(probe.frame.contains("职工医保"))
        #expect(probe.frame.contains("110105"))
        #expect(!probe.frame.contains("李秀英"))
    }

    @Test func aNumberTheRegistryDoesNotKnowSendsTheResidentToACounter() {
        var probe = KioskProbe()
        probe.openMembers()
        probe.press(.character("1"))
        probe.type(KioskProbe.textbookNumber)
        probe.press(.enter)
        let textbook = Fixtures.id("11010519491231002")
        probe.send(.memberLookedUp(textbook, nil))
        #expect(probe.screen == .memberPerson)
        #expect(probe.frame.contains("不能在自助终端添加此人"))
        #expect(probe.frame.contains("人工窗口"))
        probe.press(.character("1"))
        #expect(probe.screen == .memberIDNumber)
        #expect(probe.state.session.draft.form?.idNumber.text == KioskProbe.textbookNumber)
        probe.press(.enter)
        #expect(probe.effects.last == .lookUpMember(textbook), "asked again: the registry may know the person now")
        probe.send(.memberLookedUp(textbook, nil))
        probe.press(.character("2"))
        #expect(probe.screen == .memberList)
        #expect(probe.state.session.draft.members.isEmpty)
        #expect(probe.state.session.draft.form == nil, "nothing is left to resume")
        #expect(probe.frame.contains("1. 添加成员"))
    }

    @Test func anAnswerForANumberNoLongerTypedIsDropped() {
        var probe = KioskProbe()
        probe.openMembers()
        probe.press(.character("1"))
        probe.type(Fixtures.spouse.id.number)
        probe.press(.enter)
        probe.send(.memberLookedUp(Fixtures.youngChild.id, Fixtures.youngChild))
        #expect(probe.screen == .memberIDNumber)
        #expect(probe.state.session.draft.form?.lookup == .pending(Fixtures.spouse.id))
    }

    @Test func aStoreFailureKeepsTheNumberAndSaysSo() {
        var probe = KioskProbe()
        probe.openMembers()
        probe.press(.character("1"))
        probe.type(Fixtures.spouse.id.number)
        probe.press(.enter)
        probe.send(.serviceFailed)
        #expect(probe.screen == .memberIDNumber)
        #expect(probe.frame.contains("系统暂时无法查询"))
        #expect(probe.state.session.draft.form?.idNumber.text == Fixtures.spouse.id.number)
        probe.press(.enter)
        #expect(probe.effects.last == .lookUpMember(Fixtures.spouse.id))
    }

    @Test func theTieIsAskedForEveryCategoryButTheSpouse() {
        var probe = KioskProbe()
        probe.openMembers()
        Self.reachRelation(&probe, Fixtures.youngChild)
        #expect(probe.screen == .memberRelation)
        probe.press(.character("3"))
        #expect(probe.screen == .memberTie)
        probe.press(.character("2"))
        #expect(probe.screen == .memberMobile)
        #expect(probe.state.session.draft.form?.declaredRelation == .near(.child, .adoptive))
        probe.press(.escape, .escape)
        probe.press(.character("1"))
        #expect(probe.screen == .memberMobile, "the spouse has no kind of tie to ask")
        #expect(probe.state.session.draft.form?.declaredRelation == .near(.spouse, .marriage))
        probe.press(.escape)
        #expect(probe.screen == .memberRelation)
        probe.press(.character("9"))
        #expect(probe.state.session.draft.form?.declaredRelation == .inLaw(.spousesParent))
        probe.press(.escape)
        probe.press(.character("0"))
        #expect(probe.screen == .memberMobile)
        #expect(probe.state.session.draft.form?.declaredRelation == .other)
    }

    @Test func theRelationshipListFollowsTheEdition() {
        var probe = KioskProbe(Fixtures.state(settings: KioskSettings(policy: .national(.n21))))
        probe.openMembers()
        Self.reachRelation(&probe)
        #expect(probe.frame.contains("3. 子女"))
        #expect(probe.frame.contains("4. 配偶的父母"))
        #expect(probe.frame.contains("5. 其他亲友"))
        #expect(!probe.frame.contains("兄弟姐妹"))
        probe.press(.character("6"))
        #expect(probe.screen == .memberRelation)
    }

    @Test func aBadMobileNumberIsSaidInWordsAndKept() {
        var probe = KioskProbe()
        probe.openMembers()
        Self.reachRelation(&probe)
        probe.press(.character("1"))
        probe.press(.enter)
        #expect(probe.frame.contains("还没有输入手机号码"))
        probe.type("1380013800")
        probe.press(.enter)
        #expect(probe.screen == .memberMobile)
        #expect(probe.frame.contains("这不是有效的手机号码"))
        #expect(probe.state.session.draft.form?.mobile.text == "1380013800")
        probe.type("x")
        #expect(probe.frame.contains("手机号码只能输入数字"))
        #expect(probe.state.session.draft.form?.mobile.text == "1380013800")
        probe.type("2")
        probe.press(.enter)
        #expect(probe.screen == .memberVerdict)
        #expect(probe.state.session.draft.members.first?.mobile == MobileNumber("13800138002"))
    }

    @Test func aCompleteMemberIsJudgedAtOnce() {
        var probe = KioskProbe()
        probe.openMembers()
        probe.addMember(Fixtures.spouse, relation: "1")
        #expect(probe.screen == .memberVerdict)
        #expect(probe.frame.contains("可以添加"))
        #expect(probe.frame.contains("结婚证"))
        probe.press(.character("1"))
        probe.addMember(Fixtures.motherInLaw, relation: "9")
        #expect(probe.frame.contains("不是法律规定的近亲属"))
        probe.press(.character("1"))
        probe.addMember(Fixtures.uninsured, relation: "21")
        #expect(probe.frame.contains("没有参加基本医疗保险"))
        probe.press(.character("1"))
        probe.addMember(Fixtures.spouse, relation: "1")
        #expect(probe.frame.contains("已经在名单的第 1 位"))
        probe.press(.character("1"))
        #expect(probe.screen == .memberList)
        #expect(probe.frame.contains("1. 李*英，配偶：可以添加"))
        #expect(probe.frame.contains("2. 刘*珍，配偶的父母：不能添加（不是可共济的亲属）"))
        #expect(probe.frame.contains("3. 赵*兰，父母：不能添加（未参保）"))
        #expect(probe.frame.contains("4. 李*英，配偶：不能添加（重复添加）"))
    }

    @Test func escGoesBackOneStepAtATimeAndKeepsEverything() {
        var probe = KioskProbe()
        probe.openMembers()
        Self.reachRelation(&probe, Fixtures.youngChild)
        probe.press(.character("3"), .character("1"))
        probe.type("13800")
        probe.press(.escape)
        #expect(probe.screen == .memberTie)
        #expect(probe.state.focus == 0, "the tie chosen has the focus")
        probe.press(.escape)
        #expect(probe.screen == .memberRelation)
        #expect(probe.state.focus == 2, "the relationship chosen has the focus")
        probe.press(.escape)
        #expect(probe.screen == .memberPerson)
        probe.press(.escape)
        #expect(probe.screen == .memberIDNumber)
        #expect(probe.state.session.draft.form?.idNumber.text == Fixtures.youngChild.id.number)
        probe.press(.escape)
        #expect(probe.screen == .memberList)
        #expect(probe.frame.contains("继续添加刚才未填完的成员"))
        probe.effects = []
        probe.press(.character("1"), .enter)
        #expect(probe.screen == .memberPerson, "the person already found is not asked for again")
        #expect(probe.effects.isEmpty)
        probe.press(.enter, .enter, .enter)
        #expect(probe.screen == .memberMobile)
        #expect(probe.state.session.draft.form?.mobile.text == "13800")
    }

    @Test func f2SwitchesLanguageMidFormWithoutLosingText() {
        var probe = KioskProbe()
        probe.openMembers()
        Self.reachRelation(&probe)
        probe.press(.character("1"))
        probe.type("138001")
        probe.press(.function(2))
        #expect(probe.state.language == .english)
        #expect(probe.frame.contains("Mobile number (11 digits)"))
        #expect(probe.frame.contains("138001"))
        probe.type("38002")
        probe.press(.enter)
        #expect(probe.frame.contains("This person can be added"))
        probe.press(.function(2))
        #expect(probe.frame.contains("可以添加"))
    }

    @Test func changingAMemberKeepsItsPlaceAndJudgesItAgain() {
        var probe = KioskProbe()
        probe.openMembers()
        probe.addMember(Fixtures.spouse, relation: "1")
        probe.press(.character("1"))
        probe.addMember(Fixtures.youngChild, relation: "31")
        probe.press(.character("1"))
        probe.press(.character("1"))
        #expect(probe.screen == .memberVerdict)
        probe.effects = []
        probe.press(.character("2"))
        #expect(probe.screen == .memberIDNumber)
        #expect(probe.frame.contains("修改成员"))
        #expect(probe.state.session.draft.form?.idNumber.text == Fixtures.spouse.id.number)
        probe.press(.enter)
        #expect(probe.screen == .memberPerson)
        #expect(probe.effects.isEmpty)
        probe.press(.character("1"))
        #expect(probe.state.focus == 0)
        probe.press(.character("2"), .character("1"))
        #expect(probe.state.session.draft.form?.mobile.text == "13800138002")
        probe.press(.enter)
        #expect(probe.screen == .memberVerdict)
        #expect(probe.state.session.draft.members.count == 2)
        #expect(probe.state.session.draft.members[0].relation == .near(.parent, .birth))
        #expect(probe.frame.contains("此人出生于 1970-07-08"))
    }

    @Test func removingAMemberAsksFirst() {
        var probe = KioskProbe()
        probe.openMembers()
        probe.addMember(Fixtures.spouse, relation: "1")
        probe.press(.character("3"))
        #expect(probe.screen == .memberRemove)
        #expect(probe.frame.contains("要把 李*英（配偶）从名单中删除吗"))
        probe.press(.character("2"))
        #expect(probe.screen == .memberVerdict)
        #expect(probe.state.session.draft.members.count == 1)
        probe.press(.character("3"))
        probe.press(.escape)
        #expect(probe.screen == .memberVerdict)
        probe.press(.character("3"), .character("1"))
        #expect(probe.screen == .memberList)
        #expect(probe.state.session.draft.members.isEmpty)
    }

    @Test func aPINPadAloneAddsAChildWhoseNumberEndsInX() {
        var probe = KioskProbe()
        probe.openMembers()
        let keys: [Key] = [.character("1")]
            + "1101052015052003".map(Key.character) + [.character("9"), .backspace]
            + [.character("1"), .character("*"), .enter]
        for key in keys { probe.press(key) }
        #expect(probe.effects.last == .lookUpMember(Fixtures.youngChild.id))
        probe.send(.memberLookedUp(Fixtures.youngChild.id, Fixtures.youngChild))
        for key in [Key.enter, .character("3"), .enter] { probe.press(key) }
        for digit in "138001380099" { probe.press(.character(digit)) }
        probe.press(.backspace, .enter)
        #expect(probe.screen == .memberVerdict)
        #expect(probe.state.session.draft.members.first?.relation == .near(.child, .birth))
        probe.press(.escape)
        #expect(probe.screen == .memberList)
        probe.press(.escape)
        #expect(probe.screen == .home)
    }

    @Test func everyStepWorksByTouch() throws {
        var probe = KioskProbe()
        probe.openMembers()
        let add = try #require(probe.position(of: "1. 添加成员"))
        probe.tap(add.row, add.column)
        #expect(probe.screen == .memberIDNumber)
        probe.type(Fixtures.spouse.id.number)
        let confirm = try #require(probe.position(of: "确定（Enter）"))
        probe.tap(confirm.row, confirm.column)
        probe.send(.memberLookedUp(Fixtures.spouse.id, Fixtures.spouse))
        let yes = try #require(probe.position(of: "是这个人"))
        probe.tap(yes.row, yes.column)
        let spouse = try #require(probe.position(of: "配偶（丈夫或妻子）"))
        probe.tap(spouse.row, spouse.column)
        #expect(probe.screen == .memberMobile)
        let field = try #require(probe.position(of: "手机号码（11 位）"))
        probe.tap(field.row + 1, field.column + 2)
        #expect(probe.state.focus == 0)
        probe.type("13800138002")
        let ok = try #require(probe.position(of: "确定（Enter）"))
        probe.tap(ok.row, ok.column)
        #expect(probe.screen == .memberVerdict)
        let remove = try #require(probe.position(of: "3. 删除"))
        probe.tap(remove.row, remove.column)
        #expect(probe.screen == .memberRemove)
        let back = try #require(probe.position(of: "Esc 返回"))
        probe.tap(back.row, back.column)
        #expect(probe.screen == .memberVerdict)
        let list = try #require(probe.position(of: "返回成员名单"))
        probe.tap(list.row, list.column)
        #expect(probe.screen == .memberList)
    }

    @Test func aLongVerdictPagesWithPgDnAndStartsAgain() throws {
        var probe = KioskProbe(Fixtures.state(settings: KioskSettings(policy: .national(.n24))))
        probe.openMembers()
        probe.state.language = .english
        probe.addMember(Fixtures.sisterInShanghai, relation: "43")
        #expect(probe.frame.contains("PgDn More"))
        #expect(probe.frame.contains("F10 End"), "the footer still has room for every key")
        #expect(!probe.frame.contains("certificate of insurance"))
        let more = try #require(probe.position(of: "PgDn More"))
        probe.tap(more.row, more.column)
        #expect(probe.frame.contains("certificate of insurance"))
        probe.press(.pageDown)
        #expect(probe.state.session.draft.verdictScroll == 0)
        #expect(probe.frame.contains("4. Next page"), "the PIN pad turns the page too")
        probe.press(.character("4"))
        #expect(probe.frame.contains("certificate of insurance"))
        #expect(probe.frame.contains("4. Back to the first page"))
        probe.press(.character("4"))
        #expect(probe.state.session.draft.verdictScroll == 0)
    }

    @Test func aFullListOffersNoMoreAdding() {
        var probe = KioskProbe()
        probe.openMembers()
        for _ in 0..<MemberDraft.capacity {
            probe.addMember(Fixtures.spouse, relation: "1")
            probe.press(.character("1"))
        }
        #expect(probe.frame.contains("名单已满 7 人"))
        #expect(!probe.frame.contains("添加成员"))
        #expect(probe.frame.contains("8. 返回首页"))
    }

    @Test func aCardReaderFillsTheMembersNumber() {
        var probe = KioskProbe()
        probe.openMembers()
        probe.press(.character("1"))
        probe.send(.identityRead(Fixtures.spouse.id.number))
        #expect(probe.screen == .memberIDNumber)
        #expect(probe.effects.last == .lookUpMember(Fixtures.spouse.id))
    }

    @Test func helpExplainsTheFamilyAccount() {
        var probe = KioskProbe()
        probe.openMembers()
        Self.reachRelation(&probe)
        probe.press(.function(1))
        #expect(probe.frame.contains("亲情账户"))
        probe.press(.escape)
        #expect(probe.screen == .memberRelation)
    }

    @Test func anAnswerAfterTheSessionEndedIsDropped() {
        var probe = KioskProbe()
        probe.signIn(as: Fixtures.person())
        probe.press(.character("1"), .character("1"))
        probe.press(.function(10))
        probe.send(.existingMembersLoaded(.none))
        probe.send(.memberLookedUp(Fixtures.spouse.id, Fixtures.spouse))
        #expect(probe.state.session == ResidentSession())
        #expect(!probe.state.hasActiveSession)
    }

    @Test func walkingAwayDiscardsTheDraft() {
        var probe = KioskProbe()
        probe.openMembers()
        probe.addMember(Fixtures.spouse, relation: "1")
        probe.press(.character("1"))
        Self.reachRelation(&probe, Fixtures.youngChild)
        probe.wait(90 + 15)
        #expect(probe.screen == .welcome)
        #expect(probe.state.session.draft == MemberDraft())
        #expect(probe.effects.last == .sessionEnded(.idle))
    }
}
