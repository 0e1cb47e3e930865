-- What PhoiHop does by itself was recorded as 'system' by agreements and evaluations and as
-- 'hệ thống' by referrals. From now on it is always 'hệ thống' (SystemEngine.ACTOR): it cannot
-- collide with a user id (user ids are ASCII) and reads as Vietnamese where it is shown.
update agreement set created_by = 'hệ thống' where created_by = 'system';
update agreement set termination_requested_by = 'hệ thống' where termination_requested_by = 'system';
update agreement_version set author = 'hệ thống' where author = 'system';
update agreement_comment set author = 'hệ thống' where author = 'system';
update agreement_signature set recorded_by = 'hệ thống' where recorded_by = 'system';
update agreement_timeline set actor = 'hệ thống' where actor = 'system';
update evaluation set reporting_closed_by = 'hệ thống' where reporting_closed_by = 'system';
update evaluation set concluded_by = 'hệ thống' where concluded_by = 'system';
update evaluation_report set filed_by = 'hệ thống' where filed_by = 'system';
update evaluation_conference set scheduled_by = 'hệ thống' where scheduled_by = 'system';
update evaluation_conference set recorded_by = 'hệ thống' where recorded_by = 'system';
