import PPIDSyntax
import PPIDModel
import PPIDText

extension Interpreter {
    /// Runs a declaration; a duplicate name gets a note pointing at the first declaration.
    func declare(_ name: String, _ nameRange: SourceRange, _ body: (inout Registry) throws(ModelError) -> Void) throws(RuntimeError) {
        do {
            try body(&registry)
        } catch {
            var e = RuntimeError(error, at: nameRange)
            if error.code == .nameDuplicate, let (f, r) = declaredAt.site(of: name, in: registry) {
                e.notes.append(.init(Text(en: "'\(name)' was first declared here", id: "'\(name)' pertama kali dideklarasikan di sini"),
                                     file: f, range: r))
            }
            throw e
        }
        if let f = currentFile {
            declaredAt.record(name, entity: entity(named: name), file: f, range: nameRange)
            declaredThisStatement.append(name)
        }
    }
}

final class OfficeNode: StmtNode {
    let title: ExprNode
    let fields: [FieldNode]
    init(_ title: ExprNode, _ fields: [FieldNode], _ range: SourceRange) {
        self.title = title
        self.fields = fields
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let name = rt.text(try title.eval(rt))
        var fs: [OfficeField] = []
        for f in fields { fs.append(OfficeField(key: f.name, value: try rt.textList(f).joined(separator: ", "))) }
        try rt.model(range) { (r) throws(ModelError) in try r.declareOffice(name: name, fields: fs) }
        return .normal
    }
}

/// `unit NAME "Title"` and `role NAME "Title"`: a name and a title (the name when none is given).
final class TitledDeclarationNode: StmtNode {
    enum Kind { case unit, role }
    let kind: Kind
    let name: Name
    let title: ExprNode?
    init(_ kind: Kind, _ name: Name, _ title: ExprNode?, _ range: SourceRange) {
        self.kind = kind
        self.name = name
        self.title = title
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let t = try title.map { (e) throws(RuntimeError) in rt.text(try e.eval(rt)) } ?? name.text
        try rt.declare(name.text, name.range) { (r) throws(ModelError) in
            switch kind {
            case .unit: try r.declareUnit(name: name.text, title: t)
            case .role: try r.declareRole(name: name.text, title: t)
            }
        }
        return .normal
    }
}

final class StaffNode: StmtNode {
    let name: Name
    let fullName: ExprNode?
    let roles: FieldNode?
    let unit: FieldNode?
    let login: FieldNode?
    init(_ name: Name, _ fullName: ExprNode?, roles: FieldNode?, unit: FieldNode?, login: FieldNode?, _ range: SourceRange) {
        self.name = name
        self.fullName = fullName
        self.roles = roles
        self.unit = unit
        self.login = login
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let full = try fullName.map { (e) throws(RuntimeError) in rt.text(try e.eval(rt)) } ?? name.text
        let roleNames = try roles.map { (f) throws(RuntimeError) in try rt.entityNames(f.values, expecting: Noun.role) } ?? []
        var unitName: String? = nil
        if let u = unit { unitName = try rt.entityName(of: try rt.single(u), expecting: Noun.unit, at: u.range) }
        var loginName: String? = nil
        if let l = login {
            // Text, not a name: the login is the operating system's, not a declared name.
            guard case .string(let s) = try rt.single(l) else {
                throw RuntimeError(.typeMismatch, Text(en: "'login' needs the operating-system user name as text, such as login \"\(name.text)\"",
                                                       id: "'login' memerlukan nama pengguna sistem operasi sebagai teks, misalnya login \"\(name.text)\""),
                                   at: l.range)
            }
            loginName = s
        }
        try rt.declare(name.text, name.range) { (r) throws(ModelError) in
            try r.declareStaff(name: name.text, fullName: full, roles: roleNames, unit: unitName, login: loginName)
        }
        return .normal
    }
}

final class ActAsNode: StmtNode {
    let name: Name
    init(_ name: Name, _ range: SourceRange) {
        self.name = name
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        try rt.model(name.range) { (r) throws(ModelError) in try r.setActor(name.text) }
        return .normal
    }
}

final class AllowNode: StmtNode {
    let roles: [String]
    let actions: [Permission]
    init(_ roles: [String], _ actions: [Permission], _ range: SourceRange) {
        self.roles = roles
        self.actions = actions
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        try rt.model(range) { (r) throws(ModelError) in try r.allow(roles: roles, actions: actions) }
        return .normal
    }
}
