//! Hours a week, as a caller gives them: from 0 to 168, every hour of the week. The one range of every hours figure
//! the engine reads (a job's hours, the hours of the curve and its range, the rule sets' hours) and the app takes.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::tree::{self, FromNode, Node};

/// Hours a week, from 0 to `Hours::WEEK`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Hours(Decimal);

impl Hours {
    /// The hours in a week.
    pub const WEEK: Decimal = dec!(168);
    pub const ZERO: Hours = Hours(Decimal::ZERO);

    /// `hours`, if from 0 to 168 (−0 is 0).
    pub fn new(hours: Decimal) -> Option<Hours> {
        (hours.is_zero() || (hours.is_sign_positive() && hours <= Hours::WEEK)).then(|| Hours(hours.abs()))
    }

    pub fn get(self) -> Decimal {
        self.0
    }
}

impl FromNode for Hours {
    fn from_node(node: &Node) -> Result<Hours, tree::Error> {
        let hours = Decimal::from_node(node)?;
        Hours::new(hours).ok_or_else(|| tree::Error::new(format!("is {hours}: hours a week must be from 0 to 168")))
    }
}

impl schemars::JsonSchema for Hours {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Hours".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": ["string", "number"],
            "pattern": "^[0-9]+(\\.[0-9]+)?$",
            "minimum": 0,
            "maximum": 168,
            "description": "Hours a week, from 0 to 168, e.g. \"16\" or 37.5."
        })
    }
}
