// The household both host pages show: tests/golden/uc-27-work-allowance-lower-social-rent.toml (lone parent aged 28,
// child aged 6, social rent £400 a month, £12.71 an hour paid monthly, no pension), not working now.
export const HOUSEHOLD = {
  date: "2026-10-01",
  nation: "england",
  adults: [{ age: 28, job: { hours_per_week: "0", hourly_wage: "12.71", pay_frequency: "monthly" }, pension: { scheme: "opted_out" } }],
  children: [{ age: 6 }],
  housing: { tenure: "social_rent", rent_monthly: "400.00" },
};
