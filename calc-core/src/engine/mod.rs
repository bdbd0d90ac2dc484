//! The machinery that runs the law: the input checked and the rule set picked (`validate`), the assessment periods and
//! their paydays (`paydays`), and the rules in their order with the trace (`calculation`).

pub mod calculation;
pub mod paydays;
pub mod validate;
