"""The journal workspace: navigation, lists, editors, history and trash (issue 3)."""
