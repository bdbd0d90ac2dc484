//! Hours a week, as a caller gives them: from 0 to 168, every hour of the week. The one range and the one check of
//! every hours figure the engine is given (a job's hours, the hours of the curve and its range, the rule sets' hours,
//! the command line's and the app's), made when it is validated: the raw input holds what was written, so that a bad
//! figure is reported with every other problem.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Hours a week, from 0 to `Hours::WEEK`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hours(Decimal);

impl Hours {
    /// The hours in a week.
    pub const WEEK: Decimal = dec!(168);

    /// `hours`, if from 0 to 168 (−0 is 0), or what is wrong with it.
    pub fn new(hours: Decimal) -> Result<Hours, String> {
        if hours.is_zero() || (hours.is_sign_positive() && hours <= Hours::WEEK) {
            Ok(Hours(hours.abs()))
        } else {
            Err(format!("is {hours}: hours a week must be from 0 to 168"))
        }
    }

    pub fn get(self) -> Decimal {
        self.0
    }
}
