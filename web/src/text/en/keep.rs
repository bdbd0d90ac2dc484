//! The words of `components/keep.rs` in English.

/// A saved file opened: `file` is its name.
pub fn opened(file: &str) -> String {
    format!("Opened {file}.")
}

pub const KEPT: &str = "Kept in this browser. It will open here next time until you choose to forget it.";
pub const NOT_KEPT: &str = "This browser does not allow keeping it (private browsing, perhaps).";
pub const FORGOTTEN: &str = "Forgotten: nothing is kept in this browser.";
pub const TITLE: &str = "Keep, share or print";
pub const SAVE: &str = "Save to a file";
pub const OPEN: &str = "Open a saved file";
pub const FORGET: &str = "Forget what this browser kept";
pub const KEEP: &str = "Keep in this browser";
pub const SHARE: &str = "Make a share link";
pub const PRINT: &str = "Print";
pub const SHARE_LINK: &str = "Share link";
pub const SHARE_LINK_HINT: &str = "Everything you entered is in the link itself, after the #. It is never sent to a server, but anyone you give it to can read it.";
