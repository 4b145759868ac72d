//! What every view receives, and a key for memoising by identity.

use crate::schedule::Schedule;
use crate::widget::{Action, WidgetState};
use std::rc::Rc;
use yew::prelude::*;

/// Props shared by the views.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct ViewProps {
    /// The widget state.
    pub state: WidgetState,
    /// The schedule shown.
    pub schedule: Rc<Schedule>,
    /// Sends actions up.
    pub dispatch: Callback<Action>,
}

/// An `Rc` compared by identity: a memo keyed on it recomputes when the
/// value is replaced, without comparing two large values field by field.
#[derive(Debug)]
pub struct ByPtr<T>(pub Rc<T>);

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
