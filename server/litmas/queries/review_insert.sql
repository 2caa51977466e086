-- Records a review step (submit, return, approve) with its comment.
INSERT INTO litmas_reviews (case_id, user_id, action, comment) VALUES ($c, $u, $a, $m)
