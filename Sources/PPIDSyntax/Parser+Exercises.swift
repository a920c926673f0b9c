import PPIDText

extension Parser {
    /// exercise_stmt = "exercise" STRING exercise_block ;
    mutating func exerciseStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let title = try expect(.string, Text(en: "the exercise's title in quotes", id: "judul latihan dalam tanda kutip"))
        guard kind == .lBrace else { throw expected(Text(en: "'{' with the exercise's setup and tasks", id: "'{' berisi persiapan (setup) dan tugas (task) latihan")) }
        let (fields, setup, variant, tasks) = try exerciseBlock()
        let range = SourceRange(kw.range.start, lastEnd)
        return Stmt(.exercise(Exercise(title: title.text, titleRange: title.range, fields: fields, setup: setup,
                                       variant: variant, tasks: tasks, range: range)), range)
    }

    /// exercise_block = "{" { separator } [ exercise_item { separator { separator } [ exercise_item ] } ] "}" ;
    mutating func exerciseBlock() throws(Failure) -> ([Field], Block?, Block?, [TaskDecl]) {
        try enter()
        defer { depth -= 1 }
        let open = try expect(.lBrace, Expected.openBrace)
        openBraces.append(open.range)
        var fields: [Field] = [], setup: Block? = nil, variant: Block? = nil, tasks: [TaskDecl] = []
        skipSeparators()
        while kind != .rBrace {
            if kind == .eof { throw expected(Text(en: "'}' to close the exercise", id: "'}' untuk menutup latihan")) }
            try exerciseItem(&fields, &setup, &variant, &tasks)
            guard isSeparator || kind == .rBrace else { throw expected(Expected.lineEnd) }
            skipSeparators()
        }
        skip()
        openBraces.removeLast()
        return (fields, setup, variant, tasks)
    }

    /// exercise_item = setup_block | variant_block | task_decl | field ;
    mutating func exerciseItem(_ fields: inout [Field], _ setup: inout Block?, _ variant: inout Block?, _ tasks: inout [TaskDecl]) throws(Failure) {
        guard kind == .name else { throw expected(Text(en: "setup, variant, task or a field", id: "setup, variant, task atau sebuah kolom")) }
        switch tok.text {
        case "setup" where peekKind(1) == .lBrace: setup = try setupBlock()
        case "variant" where peekKind(1) == .lBrace: variant = try variantBlock()
        case "task": tasks.append(try taskDecl())
        default: fields.append(try field())
        }
    }

    /// setup_block = "setup" block ;
    mutating func setupBlock() throws(Failure) -> Block {
        skip()
        return try block()
    }

    /// variant_block = "variant" block ;
    mutating func variantBlock() throws(Failure) -> Block {
        skip()
        return try block()
    }

    /// task_decl = "task" STRING task_block ;
    mutating func taskDecl() throws(Failure) -> TaskDecl {
        let kw = advance()
        let instruction = try expect(.string, Text(en: "the task's instruction in quotes", id: "instruksi tugas dalam tanda kutip"))
        guard kind == .lBrace else { throw expected(Text(en: "'{' with the task's check, hints and solution", id: "'{' berisi pemeriksaan (check), petunjuk (hint) dan penyelesaian (solution) tugas")) }
        let (check, hints, solution) = try taskBlock()
        return TaskDecl(instruction: instruction.text, check: check, hints: hints, solution: solution,
                        range: SourceRange(kw.range.start, lastEnd))
    }

    /// task_block = "{" { separator } [ task_item { separator { separator } [ task_item ] } ] "}" ;
    mutating func taskBlock() throws(Failure) -> (Expr?, [String], Block?) {
        try enter()
        defer { depth -= 1 }
        let open = try expect(.lBrace, Expected.openBrace)
        openBraces.append(open.range)
        var check: Expr? = nil, hints: [String] = [], solution: Block? = nil
        skipSeparators()
        while kind != .rBrace {
            if kind == .eof { throw expected(Text(en: "'}' to close the task", id: "'}' untuk menutup tugas")) }
            try taskItem(&check, &hints, &solution)
            guard isSeparator || kind == .rBrace else { throw expected(Expected.lineEnd) }
            skipSeparators()
        }
        skip()
        openBraces.removeLast()
        return (check, hints, solution)
    }

    /// task_item = "check" expr | "hint" STRING | "solution" block ;
    mutating func taskItem(_ check: inout Expr?, _ hints: inout [String], _ solution: inout Block?) throws(Failure) {
        guard kind == .name else { throw expected(Text(en: "check, hint or solution", id: "check, hint atau solution")) }
        switch tok.text {
        case "check":
            skip()
            check = try expr()
        case "hint":
            skip()
            hints.append(try expect(.string, Text(en: "the hint in quotes", id: "petunjuk dalam tanda kutip")).text)
        case "solution":
            skip()
            solution = try block()
        default:
            throw expected(Text(en: "check, hint or solution in a task", id: "check, hint atau solution dalam tugas"))
        }
    }
}
