//! The law: one module per benefit or tax, each opening with the legislation it implements. A rule takes the validated
//! household and the rule set and writes its working and margins to the trace (`working`); the order in which the
//! rules run is the engine's (`engine::calculation`).

pub mod benefit_earnings;
pub mod carers_allowance;
pub mod child_benefit;
pub mod council_tax;
pub mod ctr;
pub mod disability;
pub mod esa;
pub mod help_in_kind;
pub mod minimum_wage;
pub mod scottish_child_payment;
pub mod tax;
pub mod uc;
