//! The month view model.
