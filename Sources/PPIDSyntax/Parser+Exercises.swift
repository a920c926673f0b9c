extension Parser {
    /// exercise_stmt = "exercise" STRING exercise_block ;
    mutating func exerciseStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let title = try expect(.string, "the exercise's title in quotes")
        guard kind == .lBrace else { throw fail("expected '{' with the exercise's setup and tasks, found \(tok.displayName)") }
        let (fields, setup, variant, tasks) = try exerciseBlock()
        let range = SourceRange(kw.range.start, lastEnd)
        return Stmt(.exercise(Exercise(title: title.text, titleRange: title.range, fields: fields, setup: setup,
                                       variant: variant, tasks: tasks, range: range)), range)
    }

    /// exercise_block = "{" { separator } [ exercise_item { separator { separator } [ exercise_item ] } ] "}" ;
    mutating func exerciseBlock() throws(Failure) -> ([Field], Block?, Block?, [TaskDecl]) {
        try enter()
        defer { depth -= 1 }
        let open = try expect(.lBrace, "'{'")
        openBraces.append(open.range)
        var fields: [Field] = [], setup: Block? = nil, variant: Block? = nil, tasks: [TaskDecl] = []
        skipSeparators()
        while kind != .rBrace {
            if kind == .eof { throw fail("expected '}' to close the exercise, found end of input") }
            try exerciseItem(&fields, &setup, &variant, &tasks)
            guard isSeparator || kind == .rBrace else { throw fail("expected the end of the line, found \(tok.displayName)") }
            skipSeparators()
        }
        _ = advance()
        openBraces.removeLast()
        return (fields, setup, variant, tasks)
    }

    /// exercise_item = setup_block | variant_block | task_decl | field ;
    mutating func exerciseItem(_ fields: inout [Field], _ setup: inout Block?, _ variant: inout Block?, _ tasks: inout [TaskDecl]) throws(Failure) {
        guard kind == .name else { throw fail("expected setup, variant, task or a field, found \(tok.displayName)") }
        switch tok.text {
        case "setup" where peekKind(1) == .lBrace: setup = try setupBlock()
        case "variant" where peekKind(1) == .lBrace: variant = try variantBlock()
        case "task": tasks.append(try taskDecl())
        default: fields.append(try field())
        }
    }

    /// setup_block = "setup" block ;
    mutating func setupBlock() throws(Failure) -> Block {
        _ = advance()
        return try block()
    }

    /// variant_block = "variant" block ;
    mutating func variantBlock() throws(Failure) -> Block {
        _ = advance()
        return try block()
    }

    /// task_decl = "task" STRING task_block ;
    mutating func taskDecl() throws(Failure) -> TaskDecl {
        let kw = advance()
        let instruction = try expect(.string, "the task's instruction in quotes")
        guard kind == .lBrace else { throw fail("expected '{' with the task's check, hints and solution, found \(tok.displayName)") }
        let (check, hints, solution) = try taskBlock()
        return TaskDecl(instruction: instruction.text, check: check, hints: hints, solution: solution,
                        range: SourceRange(kw.range.start, lastEnd))
    }

    /// task_block = "{" { separator } [ task_item { separator { separator } [ task_item ] } ] "}" ;
    mutating func taskBlock() throws(Failure) -> (Expr?, [String], Block?) {
        try enter()
        defer { depth -= 1 }
        let open = try expect(.lBrace, "'{'")
        openBraces.append(open.range)
        var check: Expr? = nil, hints: [String] = [], solution: Block? = nil
        skipSeparators()
        while kind != .rBrace {
            if kind == .eof { throw fail("expected '}' to close the task, found end of input") }
            try taskItem(&check, &hints, &solution)
            guard isSeparator || kind == .rBrace else { throw fail("expected the end of the line, found \(tok.displayName)") }
            skipSeparators()
        }
        _ = advance()
        openBraces.removeLast()
        return (check, hints, solution)
    }

    /// task_item = "check" expr | "hint" STRING | "solution" block ;
    mutating func taskItem(_ check: inout Expr?, _ hints: inout [String], _ solution: inout Block?) throws(Failure) {
        guard kind == .name else { throw fail("expected check, hint or solution, found \(tok.displayName)") }
        switch tok.text {
        case "check":
            _ = advance()
            check = try expr()
        case "hint":
            _ = advance()
            hints.append(try expect(.string, "the hint in quotes").text)
        case "solution":
            _ = advance()
            solution = try block()
        default:
            throw fail("expected check, hint or solution in a task, found \(tok.displayName)")
        }
    }
}
