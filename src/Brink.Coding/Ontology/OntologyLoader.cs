using Brink.Coding.Data;

namespace Brink.Coding.Ontology;

/// <summary>Reads and cross-checks the five files of data/ontology/.</summary>
internal static class OntologyLoader
{
    private const string AuxiliaryPrefix = "Auxiliary mode";

    public static PloverOntology Load(string dataDir)
    {
        var typesTable = TsvTable.Load(DataFolder.File(dataDir, "ontology", "event-types.tsv"), "type", "quad", "definition", "default_cameo");
        var cameoTable = TsvTable.Load(DataFolder.File(dataDir, "ontology", "cameo-plover.tsv"), "cameo", "type", "mode", "context", "cameo_name");
        var modesTable = TsvTable.Load(DataFolder.File(dataDir, "ontology", "modes.tsv"), "type", "mode", "definition", "cameo");
        var scoresTable = TsvTable.Load(DataFolder.File(dataDir, "ontology", "scores.tsv"), "type", "mode", "score");
        var contextsTable = TsvTable.Load(DataFolder.File(dataDir, "ontology", "contexts.tsv"), "context", "definition");
        return Build(typesTable, cameoTable, modesTable, scoresTable, contextsTable);
    }

    private static PloverOntology Build(TsvTable typesTable, TsvTable cameoTable, TsvTable modesTable, TsvTable scoresTable, TsvTable contextsTable)
    {
        // Types first: every other file is checked against them.
        var typeRows = new Dictionary<string, TsvRow>(StringComparer.Ordinal);
        foreach (var row in typesTable.Rows)
        {
            var name = row.Required("type");
            if (!typeRows.TryAdd(name, row)) throw row.Error("type", $"type is listed twice (first on line {typeRows[name].Line}); keep one row per type");
            ParseQuad(row);
            CheckCameoSyntax(row, "default_cameo", required: true);
        }

        var mappings = new List<CameoMapping>(cameoTable.Rows.Count);
        var cameoCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in cameoTable.Rows)
        {
            var code = CheckCameoSyntax(row, "cameo", required: true)!;
            var type = KnownType(row, "type", typeRows);
            // Mode and contexts stay as published: the table uses obsolete names on purpose (docs/ontology.md).
            mappings.Add(new CameoMapping(code, type, row.Optional("mode"), row.List("context"), row["cameo_name"]));
            cameoCodes.Add(code);
        }

        foreach (var row in typesTable.Rows)
            CheckCameoKnown(row, "default_cameo", cameoCodes);

        var modeRows = new Dictionary<(string Type, string Mode), TsvRow>();
        foreach (var row in modesTable.Rows)
        {
            var type = KnownType(row, "type", typeRows);
            var mode = row.Required("mode");
            if (!modeRows.TryAdd((type, mode), row)) throw row.Error("mode", $"mode is listed twice for {type} (first on line {modeRows[(type, mode)].Line})");
            row.Required("definition");
            CheckCameoSyntax(row, "cameo", required: false);
            CheckCameoKnown(row, "cameo", cameoCodes);
        }

        var scores = new Dictionary<(string Type, string Mode), double>();
        var scoreLines = new Dictionary<(string Type, string Mode), int>();
        foreach (var row in scoresTable.Rows)
        {
            var type = KnownType(row, "type", typeRows);
            var mode = row["mode"];
            if (mode.Length > 0 && !modeRows.ContainsKey((type, mode)))
                throw row.Error("mode", $"{type} has no mode '{mode}' in modes.tsv; fix the mode name or add the mode there");
            if (!scoreLines.TryAdd((type, mode), row.Line))
                throw row.Error("mode", $"score for {type} '{mode}' is given twice (first on line {scoreLines[(type, mode)]})");
            var score = row.Number("score");
            if (score is < -10 or > 10) throw row.Error("score", "PLOVER scores lie between -10 and 10");
            scores[(type, mode)] = score;
        }

        var types = new List<EventTypeInfo>(typeRows.Count);
        foreach (var row in typesTable.Rows)
        {
            var name = row["type"];
            if (!scores.TryGetValue((name, ""), out var defaultScore))
                throw row.Error("type", $"type has no default score; add a row '{name}<TAB><TAB>score' (empty mode) to scores.tsv");
            var modes = modesTable.Rows
                .Where(m => m["type"] == name)
                .Select(m => new ModeInfo(name, m["mode"], m["definition"], m.Optional("cameo"),
                    scores.TryGetValue((name, m["mode"]), out var s) ? s : null))
                .ToArray();
            types.Add(new EventTypeInfo(name, ParseQuad(row), row.Required("definition"), row["default_cameo"], defaultScore, modes));
        }

        var contexts = new List<ContextInfo>(contextsTable.Rows.Count);
        var contextNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in contextsTable.Rows)
        {
            var name = row.Required("context");
            if (!contextNames.Add(name)) throw row.Error("context", "context is listed twice; keep one row");
            var definition = row.Required("definition");
            contexts.Add(new ContextInfo(name, definition, definition.StartsWith(AuxiliaryPrefix, StringComparison.Ordinal)));
        }

        return new PloverOntology(types, contexts, mappings);
    }

    private static string KnownType(TsvRow row, string column, Dictionary<string, TsvRow> types)
    {
        var type = row.Required(column);
        return types.ContainsKey(type)
            ? type
            : throw row.Error(column, $"unknown PLOVER type; use one of the types in event-types.tsv ({string.Join(", ", types.Keys)})");
    }

    private static PloverQuad ParseQuad(TsvRow row) => row["quad"] switch
    {
        "verbal_cooperation" => PloverQuad.VerbalCooperation,
        "material_cooperation" => PloverQuad.MaterialCooperation,
        "verbal_conflict" => PloverQuad.VerbalConflict,
        "material_conflict" => PloverQuad.MaterialConflict,
        _ => throw row.Error("quad", "unknown quad; use verbal_cooperation, material_cooperation, verbal_conflict or material_conflict"),
    };

    /// <summary>CAMEO codes are 2 to 4 digits and keep their leading zeros.</summary>
    private static string? CheckCameoSyntax(TsvRow row, string column, bool required)
    {
        var code = required ? row.Required(column) : row.Optional(column);
        if (code is null) return null;
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
            throw row.Error(column, "a CAMEO code is 2 to 4 digits with leading zeros kept (e.g. 042)");
        return code;
    }

    private static void CheckCameoKnown(TsvRow row, string column, HashSet<string> codes)
    {
        var code = row.Optional(column);
        if (code is not null && !codes.Contains(code))
            throw row.Error(column, "CAMEO code is not in cameo-plover.tsv; use a code listed there");
    }
}
