// Package dria is an embeddable library, and the dria command, for
// digital-rights impact assessment: it checks descriptions of digital
// systems against human-rights rules before they harm people.
//
// Governments and companies deploy systems that decide who gets welfare, who
// is watched, what speech is seen and how elections run. The UN Guiding
// Principles on Business and Human Rights, the OECD action plan on digital
// democracy and the Warsaw Declaration ask them to find and fix the
// human-rights impacts of those systems before harm. dria turns that
// assessment into code:
//
//   - A system description (YAML or JSON) states facts about a system: data,
//     automation, affected people, transparency, redress and safeguards.
//     Package schema validates it and reports every problem with file, line
//     and column.
//   - Rules in Rego (OPA) encode human-rights checks, each tied to the rights
//     it protects and the instruments it cites. Package rules embeds the
//     built-in set, loads rule packs and runs them sandboxed.
//   - Package assess evaluates the rules and scores each finding by scale,
//     scope and irremediability (UNGP 14), giving an impact level and
//     inherent and residual risk.
//   - Package report renders the result for people and for pipelines.
//
// A program builds an assessor once and uses it from many goroutines:
//
//	a, err := assess.New(ctx, assess.WithTimeout(5*time.Second))
//	if err != nil {
//		return err // *rules.LoadError: every rule problem as FILE:LINE:COL
//	}
//	rep, err := a.Assess(ctx, assess.Input{Path: "system.yaml", Data: data})
//	if err != nil {
//		return err // *schema.ValidationError, *assess.EvalError or *assess.PanicError
//	}
//	return report.JSON(os.Stdout, rep)
//
// The command line is documented by dria --help and in README.md.
package dria
