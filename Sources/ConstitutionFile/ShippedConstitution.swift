import MeetingKit

/// The constitutions that ship inside the binary, built from the framework (DOMAIN P1, M2, M3, E1).
/// They are TOML text read by the same loader as a clerk's file, so `gavel constitution show --toml NAME`
/// prints a starting point to copy and edit.
public enum ShippedConstitution: String, CaseIterable, Sendable {
    /// Work Project 1's ELG: nine voting seats (M3, the default).
    case hnbELG = "hnb-elg"
    /// The general framework's ELG: twelve voting seats.
    case frameworkELG = "framework-elg"
    /// Work Project 1's EOG: three core members (Q1).
    case hnbEOG = "hnb-eog"

    public static let `default` = ShippedConstitution.hnbELG

    public var text: String {
        switch self {
        case .hnbELG: Self.hnbELGText
        case .frameworkELG: Self.frameworkELGText
        case .hnbEOG: Self.hnbEOGText
        }
    }

    /// The parsed constitution. The shipped texts are checked by the test suite, so a failure here is a
    /// defect in the build, not bad input.
    public var constitution: Constitution {
        do {
            return try ConstitutionLoader.load(text: text, file: "<shipped \(rawValue)>")
        } catch {
            preconditionFailure("shipped constitution \(rawValue) is invalid: \(error)")
        }
    }
}

extension ShippedConstitution {
    static let hnbELGText = """
        # Sutton Education Partnership: the ELG for Work Project 1 (HNB Review).
        # DOMAIN M3: the three council and Cognus officers are non-voting here (Work Project 1), leaving nine voting \
        seats.
        # People's names are blank placeholders: the clerk fills them in. Roles come from the framework.

        name = "HNB Work Project 1 ELG"
        body = "ELG"
        time_zone = "Europe/London"      # where the body meets: times are typed and shown in it

        [project]
        name = "Work Project 1: High Needs Block Review"
        start = 2019-05-01
        end = 2020-09-30

        # Local choices where the framework is silent (DOMAIN Q2, Q4, V2, M4): change them here, not in code.
        [rules]
        quorum = "majority-of-seats"     # Q2: more than half of the voting seats represented
        decision = "simple-majority"     # V2: more for than against among votes cast; a tie is not carried
        chair_casting_vote = false       # M4: the framework gives the chair no casting vote
        votes_named_in_public = true     # the projector may show who voted how
        allow_quorum_override = true     # Q4: the chair may open a vote without quorum, minuted

        [chair]
        name = ""

        [[seat]]
        id = "early-years"
        partner = "Early Years' Settings"
        role = "Head of Hackbridge Primary"

        [[seat]]
        id = "primary-schools"
        partner = "Primary Schools"
        role = "Deputy CEO of the Cirrus Primary Academy Trust"

        [[seat]]
        id = "secondary-schools"
        partner = "Secondary Schools"
        role = "Head of Wilson's School"

        [[seat]]
        id = "post-16-19-colleges"
        partner = "Post-16/19 Colleges"
        role = "Curriculum Manager, Supported Learning, South Thames Colleges Group"

        [[seat]]
        id = "special-schools"
        partner = "Special Schools"
        role = "Head of Carew Academy"

        [[seat]]
        id = "pupil-referral-units"
        partner = "Pupil Referral Units"
        role = "Head of Limes College"

        [[seat]]
        id = "primary-governors"
        partner = "Primary Governors"
        role = "Primary Governor, Muschamp Primary"

        [[seat]]
        id = "secondary-governors"
        partner = "Secondary Governors"
        role = "Secondary Governor, Glenthorne Academy"

        [[seat]]
        id = "finance"
        partner = "Finance Representative"
        role = "Finance manager from LBS"

        [people.early-years]
        representative = ""
        proxy = ""

        [people.primary-schools]
        representative = ""
        proxy = ""

        [people.secondary-schools]
        representative = ""
        proxy = ""

        [people.post-16-19-colleges]
        representative = ""
        proxy = ""

        [people.special-schools]
        representative = ""
        proxy = ""

        [people.pupil-referral-units]
        representative = ""
        proxy = ""

        [people.primary-governors]
        representative = ""
        proxy = ""

        [people.secondary-governors]
        representative = ""
        proxy = ""

        [people.finance]
        representative = ""
        proxy = ""

        [[member]]
        role = "Consultant Sutton Education Partnership Head Teacher"
        name = ""

        [[member]]
        role = "Director of People Services"
        name = ""

        [[member]]
        role = "AD Education and SEND"
        name = ""

        [[member]]
        role = "Cognus Managing Director"
        name = ""
        """

    static let frameworkELGText = """
        # Sutton Education Partnership: the ELG under the general framework (Figure 1, §4.1).
        # DOMAIN M3: every Figure 1 partner representative votes, so twelve voting seats.
        # People's names are blank placeholders: the clerk fills them in. Roles come from the framework.

        name = "Sutton Education Partnership ELG (framework)"
        body = "ELG"
        time_zone = "Europe/London"      # where the body meets: times are typed and shown in it

        [project]
        name = "Sutton Education Partnership"

        # Local choices where the framework is silent (DOMAIN Q2, Q4, V2, M4): change them here, not in code.
        [rules]
        quorum = "majority-of-seats"     # Q2: more than half of the voting seats represented
        decision = "simple-majority"     # V2: more for than against among votes cast; a tie is not carried
        chair_casting_vote = false       # M4: the framework gives the chair no casting vote
        votes_named_in_public = true     # the projector may show who voted how
        allow_quorum_override = true     # Q4: the chair may open a vote without quorum, minuted

        [chair]
        name = ""

        [[seat]]
        id = "lbs-people-services"
        partner = "London Borough of Sutton"
        role = "Director of People Services"

        [[seat]]
        id = "lbs-education-send"
        partner = "London Borough of Sutton"
        role = "AD Education and SEND"

        [[seat]]
        id = "cognus"
        partner = "Cognus"
        role = "Services Director"

        [[seat]]
        id = "early-years"
        partner = "Early Years' Settings"
        role = "Head of Hackbridge Primary"

        [[seat]]
        id = "primary-schools"
        partner = "Primary Schools"
        role = "Deputy CEO of the Cirrus Primary Academy Trust"

        [[seat]]
        id = "secondary-schools"
        partner = "Secondary Schools"
        role = "Head of Wilson's School"

        [[seat]]
        id = "post-16-19-colleges"
        partner = "Post-16/19 Colleges"
        role = "Curriculum Manager, Supported Learning, South Thames Colleges Group"

        [[seat]]
        id = "special-schools"
        partner = "Special Schools"
        role = "Head of Carew Academy"

        [[seat]]
        id = "pupil-referral-units"
        partner = "Pupil Referral Units"
        role = "Head of Limes College"

        [[seat]]
        id = "primary-governors"
        partner = "Primary Governors"
        role = "Primary Governor, Muschamp Primary"

        [[seat]]
        id = "secondary-governors"
        partner = "Secondary Governors"
        role = "Secondary Governor, Glenthorne Academy"

        [[seat]]
        id = "finance"
        partner = "Finance Representative"
        role = "Finance manager from LBS"

        [people.lbs-people-services]
        representative = ""
        proxy = ""

        [people.lbs-education-send]
        representative = ""
        proxy = ""

        [people.cognus]
        representative = ""
        proxy = ""

        [people.early-years]
        representative = ""
        proxy = ""

        [people.primary-schools]
        representative = ""
        proxy = ""

        [people.secondary-schools]
        representative = ""
        proxy = ""

        [people.post-16-19-colleges]
        representative = ""
        proxy = ""

        [people.special-schools]
        representative = ""
        proxy = ""

        [people.pupil-referral-units]
        representative = ""
        proxy = ""

        [people.primary-governors]
        representative = ""
        proxy = ""

        [people.secondary-governors]
        representative = ""
        proxy = ""

        [people.finance]
        representative = ""
        proxy = ""

        [[member]]
        role = "Consultant Sutton Education Partnership Head Teacher"
        name = ""
        """

    static let hnbEOGText = """
        # Sutton Education Partnership: the EOG for Work Project 1 (HNB Review).
        # E1, Q1: the three core members hold the council and Cognus seats; all must be present for quorum.
        # E2: the Strategic Director (Director of People Services) chairs until handover to the AD Education and SEND.
        # People's names are blank placeholders: the clerk fills them in. Roles come from the framework.

        name = "HNB Work Project 1 EOG"
        body = "EOG"
        time_zone = "Europe/London"      # where the body meets: times are typed and shown in it

        [project]
        name = "Work Project 1: High Needs Block Review"
        start = 2019-05-01
        end = 2020-09-30

        # The framework sets no EOG voting rule; these are local choices (DOMAIN V2, M4).
        [rules]
        quorum = "all-core-members"      # Q1
        decision = "simple-majority"
        chair_casting_vote = false
        votes_named_in_public = true
        allow_quorum_override = true

        [chair]
        seat = "lbs-people-services"

        [[seat]]
        id = "lbs-people-services"
        partner = "London Borough of Sutton"
        role = "Director of People Services"
        core = true

        [[seat]]
        id = "lbs-education-send"
        partner = "London Borough of Sutton"
        role = "AD Education and SEND"
        core = true

        [[seat]]
        id = "cognus"
        partner = "Cognus"
        role = "Services Director"
        core = true

        [people.lbs-people-services]
        representative = ""

        [people.lbs-education-send]
        representative = ""

        [people.cognus]
        representative = ""

        [[member]]
        role = "Consultant Sutton Education Partnership Head Teacher"
        name = ""

        [[member]]
        role = "Project Manager"
        name = ""
        """
}
