// Package nlregister reads records of the Dutch Algorithm Register
// (algoritmeregister) and drafts dria system descriptions from them, and
// drafts a register record from a description.
//
// Two layouts are read: the register's publication standard v1.0.0
// (Algoritmeregister Publicatiestandaard, fields such as
// publication_category, purpose_and_impact and impact_assessments) and the
// layout of the register's earlier exports (fields such as goal,
// lawful_basis, IAMA, DPIA and objection_procedure). A file holds one
// record or an array of them, in JSON (or YAML), or a spreadsheet export
// in CSV with a first row of field names.
//
// Records are read leniently: a record that lacks fields the standard
// requires is still imported, and what it does not state stays absent from
// the description, so that it becomes an information gap, never
// compliance. Only facts a record states unambiguously are mapped; every
// mapped fact is traced to its register field in spec.provenance. Header
// rows of a spreadsheet export (field status, labels, descriptions) are
// skipped with a notice naming their position; a record that cannot be
// read gets a located problem, and the other records are still imported.
package nlregister
