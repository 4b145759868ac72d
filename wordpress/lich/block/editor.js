// Lịch — the block's editor side (plain script: WordPress's own globals, no
// build step). The calendar itself is rendered by the server (lich.php), as
// for the shortcode; here the options are chosen in the sidebar and the
// block shows what it will display.
(function (wp) {
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var controls = wp.components;
	var InspectorControls = (wp.blockEditor || wp.editor).InspectorControls;
	var useBlockProps = (wp.blockEditor || {}).useBlockProps;

	function choices(values) {
		return values.map(function (v) { return { label: v === '' ? '—' : v, value: v }; });
	}

	wp.blocks.registerBlockType('lich/calendar', {
		edit: function (props) {
			var a = props.attributes;
			var set = function (name) {
				return function (value) { var o = {}; o[name] = value; props.setAttributes(o); };
			};
			var type = wp.blocks.getBlockType('lich/calendar').attributes;
			var text = function (name, label, help) {
				return el(controls.TextControl, { label: label, help: help, value: a[name], onChange: set(name) });
			};
			var select = function (name, label) {
				return el(controls.SelectControl, { label: label, value: a[name], options: choices(type[name].enum), onChange: set(name) });
			};
			var summary = [a.month || __('tháng hiện tại', 'lich'), a.lang, a.view, a.src].filter(Boolean).join(' · ');
			var blockProps = useBlockProps ? useBlockProps({ className: 'lich-block-placeholder' }) : { className: 'lich-block-placeholder' };
			return el('div', blockProps,
				el(InspectorControls, null,
					el(controls.PanelBody, { title: __('Lịch', 'lich') },
						text('month', __('Tháng (YYYY-MM)', 'lich'), __('Để trống: tháng hiện tại.', 'lich')),
						select('lang', __('Ngôn ngữ', 'lich')),
						select('view', __('Chế độ xem', 'lich')),
						text('src', __('Tệp thông báo (JSON) trên trang này', 'lich'), __('Ví dụ: /du-lieu/thong-bao.json', 'lich')),
						select('data', __('Dữ liệu', 'lich')),
						text('kinds', __('Loại hiển thị', 'lich'), 'days-off, flags, work, festivals'),
						select('firstDay', __('Ngày đầu tuần', 'lich')),
						select('theme', __('Giao diện', 'lich')),
						el(controls.ToggleControl, { label: __('Gọn', 'lich'), checked: !!a.compact, onChange: set('compact') }),
						text('feed', __('Địa chỉ lịch đăng ký (.ics)', 'lich')),
						select('who', __('Ngày nghỉ của (đối tượng)', 'lich'))
					)
				),
				el(controls.Placeholder, { icon: 'calendar-alt', label: __('Lịch âm dương', 'lich'), instructions: summary })
			);
		},
		save: function () { return null; },
	});
})(window.wp);
